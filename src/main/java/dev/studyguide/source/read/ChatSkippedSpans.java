package dev.studyguide.source.read;

import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines the chat reader skips, gathered in source order: the transcript is read line by line, so neighbours
 * with the same reason and only blank lines between merge into one span.
 */
final class ChatSkippedSpans {
  private final SourceDocument document;
  private final List<Skipped> spans = new ArrayList<>();

  ChatSkippedSpans(SourceDocument document) {
    this.document = document;
  }

  void add(int line, Skipped.Reason reason) {
    int last = spans.size() - 1;
    if (last >= 0 && spans.get(last).reason() == reason && onlyBlankBetween(spans.get(last).toLine(), line)) {
      spans.set(last, new Skipped(spans.get(last).fromLine(), line, reason));
    } else {
      spans.add(new Skipped(line, line, reason));
    }
  }

  List<Skipped> spans() {
    return List.copyOf(spans);
  }

  private boolean onlyBlankBetween(int from, int to) {
    for (int line = from + 1; line < to; line++) {
      if (!document.line(line).isBlank()) {
        return false;
      }
    }
    return from < to;
  }
}
