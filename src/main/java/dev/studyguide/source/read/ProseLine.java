package dev.studyguide.source.read;

import dev.studyguide.model.Block;
import dev.studyguide.model.Inline;
import java.util.ArrayList;
import java.util.List;

/** One line of a web page's prose as model content: a display formula, or a paragraph with its lead-in. */
final class ProseLine {
  private ProseLine() {}

  /** A {@link Block.FormulaBlock} when the whole line is a formula, else a paragraph. */
  static Block block(String text, int line) {
    String stripped = text.strip();
    if (LeadIn.length(stripped) == 0 && FormulaSpotter.isDisplayLine(stripped)) {
      return new Block.FormulaBlock(stripped, line);
    }
    return new Block.Paragraph(inlines(stripped), line);
  }

  /** The text's lead-in as strong emphasis, then prose and formulas. */
  static List<Inline> inlines(String text) {
    String stripped = text.strip();
    int lead = LeadIn.length(stripped);
    if (lead == 0) {
      return FormulaSpotter.inlines(stripped);
    }
    List<Inline> out = new ArrayList<>();
    out.add(new Inline.Styled(Inline.Style.STRONG, FormulaSpotter.inlines(stripped.substring(0, lead))));
    List<Inline> rest = FormulaSpotter.inlines(stripped.substring(lead).strip());
    if (!rest.isEmpty() && rest.get(0) instanceof Inline.Text first) {
      out.add(new Inline.Text(" " + first.text()));
      out.addAll(rest.subList(1, rest.size()));
    } else {
      out.add(new Inline.Text(" "));
      out.addAll(rest);
    }
    return out;
  }
}
