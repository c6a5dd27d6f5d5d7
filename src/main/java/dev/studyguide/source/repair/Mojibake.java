package dev.studyguide.source.repair;

/** Placeholder: the Mac Roman mojibake repair lands with the chat-questions reader. */
public final class Mojibake {
  private Mojibake() {}

  public static String repair(String text) {
    return text;
  }
}
