package dev.studyguide.source;

import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import java.nio.file.Path;

/**
 * The guide.yaml entry for a document that is in sources/ but not listed: one line of YAML (a flow mapping) to
 * paste under {@code sources:}, with the title the document gives itself and the format detected from its text.
 */
final class SourceListing {
  private SourceListing() {}

  static String entryFor(Path file) {
    String name = file.getFileName().toString();
    DocumentLoader.Loaded loaded = DocumentLoader.load(file, name, SourceFormat.MARKDOWN);
    if (loaded.document().isEmpty() || loaded.document().get().lines().isEmpty()) {
      return "\"- {file: " + quoted(name) + ", title: " + quoted(plainName(name)) + "}\"";
    }
    SourceDocument document = loaded.document().get();
    FormatDetection.Detected detected = FormatDetection.detect(document);
    String title = detected.reading().document().title();
    title = title.equals(name) ? plainName(name) : title;
    return "\"- {file: " + quoted(name) + ", title: " + quoted(title) + ", format: "
        + detected.format().configName() + "}\"";
  }

  private static String plainName(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /** A YAML double-quoted scalar when the text needs one, else the text. */
  private static String quoted(String text) {
    if (text.matches("[A-Za-z0-9_./ -]+") && !text.startsWith(" ") && !text.endsWith(" ")) {
      return text;
    }
    return "'" + text.replace("'", "''") + "'";
  }
}
