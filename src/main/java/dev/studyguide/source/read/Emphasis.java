package dev.studyguide.source.read;

import dev.studyguide.model.Inline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markdown emphasis an export left in prose: {@code **strong**} and {@code *emphasis*}, around text and TeX
 * alike. A star opens only before a non-space and closes only after one, so {@code a * b} stays text; a star
 * that finds no partner stays text too.
 */
final class Emphasis {
  private Emphasis() {}

  private static final Pattern DELIMITER = Pattern.compile("\\*\\*|\\*");

  /** Emphasis applied to a run of text and math inlines; texts and TeX are kept as they are otherwise. */
  static List<Inline> apply(List<Inline> flat) {
    Deque<Frame> open = new ArrayDeque<>();
    open.push(new Frame(null));
    for (int i = 0; i < flat.size(); i++) {
      Inline inline = flat.get(i);
      if (inline instanceof Inline.Text text) {
        boolean before = i > 0;
        boolean after = i + 1 < flat.size();
        splitText(text.text(), before, after, open);
      } else {
        open.peek().add(inline);
      }
    }
    while (open.size() > 1) {
      unwind(open);
    }
    return merged(open.peek().children);
  }

  private static void splitText(String text, boolean inlineBefore, boolean inlineAfter, Deque<Frame> open) {
    Matcher m = DELIMITER.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        open.peek().add(new Inline.Text(text.substring(last, m.start())));
      }
      boolean canOpen = m.end() < text.length() ? !Character.isWhitespace(text.charAt(m.end())) : inlineAfter;
      boolean canClose = m.start() > 0 ? !Character.isWhitespace(text.charAt(m.start() - 1)) : inlineBefore;
      delimiter(m.group(), canOpen, canClose, open);
      last = m.end();
    }
    if (last < text.length()) {
      open.peek().add(new Inline.Text(text.substring(last)));
    }
  }

  private static void delimiter(String delimiter, boolean canOpen, boolean canClose, Deque<Frame> open) {
    if (canClose && isOpen(delimiter, open)) {
      while (!delimiter.equals(open.peek().delimiter)) {
        unwind(open); // an opener left inside the closed span never found its partner
      }
      Frame done = open.pop();
      Inline.Style style = delimiter.length() == 2 ? Inline.Style.STRONG : Inline.Style.EMPHASIS;
      open.peek().add(new Inline.Styled(style, merged(done.children)));
    } else if (canOpen) {
      open.push(new Frame(delimiter));
    } else {
      open.peek().add(new Inline.Text(delimiter));
    }
  }

  private static boolean isOpen(String delimiter, Deque<Frame> open) {
    return open.stream().anyMatch(f -> delimiter.equals(f.delimiter) && !f.children.isEmpty());
  }

  /** Gives up on the innermost opener: its stars become text again. */
  private static void unwind(Deque<Frame> open) {
    Frame frame = open.pop();
    open.peek().add(new Inline.Text(frame.delimiter));
    frame.children.forEach(open.peek()::add);
  }

  private static List<Inline> merged(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    for (Inline inline : inlines) {
      int last = out.size() - 1;
      if (inline instanceof Inline.Text t && last >= 0 && out.get(last) instanceof Inline.Text p) {
        out.set(last, new Inline.Text(p.text() + t.text()));
      } else {
        out.add(inline);
      }
    }
    return out;
  }

  private static final class Frame {
    private final String delimiter;
    private final List<Inline> children = new ArrayList<>();

    Frame(String delimiter) {
      this.delimiter = delimiter;
    }

    void add(Inline inline) {
      children.add(inline);
    }
  }
}
