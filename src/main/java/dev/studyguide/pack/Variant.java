package dev.studyguide.pack;

/** The two PDFs of a pack: a self-test sheet, and everything with the answers. */
public enum Variant {
  /** Prompts and follow-ups, numbered, with room to write; no notes, no answers. */
  QUESTIONS("questions", "Questions"),
  /** Notes, questions, answers and formulas; every topic starts a page. */
  ANSWERS("answers", "Answers");

  private final String slug;
  private final String label;

  Variant(String slug, String label) {
    this.slug = slug;
    this.label = label;
  }

  public String slug() {
    return slug;
  }

  public String label() {
    return label;
  }
}
