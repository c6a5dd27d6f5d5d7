package dev.studyguide.model;

/** Questions are asked and answered; notes explain. */
public enum ItemKind {
  QUESTION, NOTE;

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
