package dev.studyguide.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document studyguide reads; the config names one per source. */
public enum SourceFormat {
  /** A chat transcript in markdown: numbered bold question headings with follow-up lists, plus filler (000). */
  CHAT_QUESTIONS("chat-questions"),
  /** Markdown with "Question:"/"Answer:" sections and TeX math (001). */
  MARKDOWN_QA("markdown-qa"),
  /** A study sheet exported from PDF: table of contents, numbered sections, TeX math (002). */
  PDF_STUDY_SHEET("pdf-study-sheet"),
  /** A web cheat sheet flattened to text: numbered sections, bullets, Unicode math, flattened tables (003). */
  WEB_CHEAT_SHEET("web-cheat-sheet"),
  /** A web lesson of "Qn:"/"Answer:" pairs with Unicode/ASCII math and a site footer (004). */
  WEB_QA("web-qa"),
  /**
   * Markdown as people write question collections: bold, heading or list questions (maybe with a difficulty
   * mark), Q/A pairs, {@code <details>} answers, and explanatory sections; the general reader.
   */
  MARKDOWN("markdown");

  private final String configName;

  SourceFormat(String configName) {
    this.configName = configName;
  }

  public String configName() {
    return configName;
  }

  public static Optional<SourceFormat> byConfigName(String name) {
    return Arrays.stream(values()).filter(f -> f.configName.equals(name)).findFirst();
  }
}
