package dev.studyguide.search;

import java.util.Locale;

/** What a search result is; results are labelled with it. */
public enum DocKind {
  TOPIC, QUESTION, NOTE;

  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }
}
