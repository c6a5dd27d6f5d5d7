package dev.studyguide.source.markdown;

import dev.studyguide.model.Inline;
import java.util.ArrayList;
import java.util.List;

/** Collects inlines, merging adjacent text and folding each soft line break with its spaces into one space. */
final class InlineRun {
  private final List<Inline> out = new ArrayList<>();
  private final StringBuilder pending = new StringBuilder();
  private boolean afterSoftBreak;

  void text(CharSequence text) {
    String s = text.toString();
    if (afterSoftBreak) {
      s = s.stripLeading();
    }
    if (!s.isEmpty()) {
      afterSoftBreak = false;
    }
    pending.append(s);
  }

  void softBreak() {
    trimPendingEnd();
    if (!pending.isEmpty() || !out.isEmpty()) {
      pending.append(' ');
    }
    afterSoftBreak = true;
  }

  void add(Inline inline) {
    flush();
    out.add(inline);
    afterSoftBreak = false;
  }

  List<Inline> finish() {
    trimPendingEnd();
    flush();
    return List.copyOf(out);
  }

  private void trimPendingEnd() {
    int end = pending.length();
    while (end > 0 && (pending.charAt(end - 1) == ' ' || pending.charAt(end - 1) == '\t')) {
      end--;
    }
    pending.setLength(end);
  }

  private void flush() {
    if (!pending.isEmpty()) {
      out.add(new Inline.Text(pending.toString()));
      pending.setLength(0);
    }
  }
}
