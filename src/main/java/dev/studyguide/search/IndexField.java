package dev.studyguide.search;

/**
 * The index's fields and their boosts: a topic page's own concept (so a query naming a topic puts its page first,
 * whatever else mentions it), the topic's names, then headings (question phrasings, note titles), then text.
 */
public enum IndexField {
  TOPIC("topic", 3.0f), NAMES("names", 3.0f), HEADINGS("headings", 2.0f), BODY("body", 1.0f);

  public final String field;
  public final float boost;

  IndexField(String field, float boost) {
    this.field = field;
    this.boost = boost;
  }

  /** A document's text in this field; the topic field holds a concept term, not text. */
  java.util.List<String> of(SearchDoc doc) {
    return switch (this) {
      case TOPIC -> java.util.List.of();
      case NAMES -> doc.names();
      case HEADINGS -> doc.headings();
      case BODY -> doc.body();
    };
  }
}
