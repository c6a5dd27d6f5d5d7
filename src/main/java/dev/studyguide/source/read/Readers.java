package dev.studyguide.source.read;

import dev.studyguide.model.SourceFormat;

/** The reader for each source format. */
public final class Readers {
  private Readers() {}

  public static SourceReader forFormat(SourceFormat format) {
    return switch (format) {
      case CHAT_QUESTIONS -> new ChatQuestionsReader();
      case MARKDOWN_QA -> new MarkdownQaReader();
      case PDF_STUDY_SHEET -> new PdfStudySheetReader();
      case WEB_CHEAT_SHEET -> new WebCheatSheetReader();
      case WEB_QA -> new WebQaReader();
      case MARKDOWN -> new MarkdownReader();
    };
  }
}
