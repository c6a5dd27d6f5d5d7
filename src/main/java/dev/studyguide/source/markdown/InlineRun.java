package dev.studyguide.source.markdown;

import dev.studyguide.model.Inline;
import java.util.ArrayList;
import java.util.List;

/** Collects inlines, merging adjacent text and folding each soft line break with its spaces into one space. */
final class InlineRun {
  private final List<Inline> out = new ArrayList<>();
  private final StringBuilder pending = new StringBuilder();
  private boolean afterSoftBreak;
  private boolean collapseJoins;

  /**
   * Collapses the spaces where two pieces of text meet into one, as HTML shows them: for content with tags in it,
   * where a dropped tag leaves its neighbours' spaces side by side ("before <script>…</script> after").
   */
  InlineRun collapsingSpacesAtJoins() {
    collapseJoins = true;
    return this;
  }

  void text(CharSequence text) {
    String s = text.toString();
    if (afterSoftBreak) {
      s = s.stripLeading();
    } else if (collapseJoins && !pending.isEmpty()) {
      s = collapseJoin(s);
    }
    if (!s.isEmpty()) {
      afterSoftBreak = false;
    }
    pending.append(s);
  }

  void softBreak() {
    trimPendingEnd();
    if (endsWithNewLine()) {
      afterSoftBreak = true; // the line already broke (a <br> ending it)
      return;
    }
    if (!pending.isEmpty() || !out.isEmpty()) {
      pending.append(' ');
    }
    afterSoftBreak = true;
  }

  void add(Inline inline) {
    if (inline instanceof Inline.Text t) {
      text(t.text()); // next to other text, one run
      return;
    }
    flush();
    out.add(inline);
    afterSoftBreak = false;
  }

  /** Whether nothing has been added yet (spaces before the first words are not content). */
  boolean isEmpty() {
    return out.isEmpty() && pending.isEmpty();
  }

  /** Whether the run so far ends with a line break. */
  boolean endsWithNewLine() {
    return !pending.isEmpty() && pending.charAt(pending.length() - 1) == '\n';
  }

  List<Inline> finish() {
    trimPendingEnd();
    while (endsWithNewLine()) { // a <br> closing a paragraph breaks nothing
      pending.setLength(pending.length() - 1);
      trimPendingEnd();
    }
    flush();
    return List.copyOf(out);
  }

  /** Text joining the pending text, with one space (or the line break) where the two meet. */
  private String collapseJoin(String s) {
    if (s.startsWith("\n")) {
      trimPendingEnd(); // a line break swallows the spaces before it
      return s;
    }
    char last = pending.charAt(pending.length() - 1);
    if (last == ' ' || last == '\n') {
      int start = 0;
      while (start < s.length() && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
        start++;
      }
      return s.substring(start);
    }
    return s;
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
