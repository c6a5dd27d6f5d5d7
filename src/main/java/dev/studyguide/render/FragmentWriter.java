package dev.studyguide.render;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.model.Block;
import dev.studyguide.model.Inline;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes model blocks and inlines as HTML for one section (a question or a note). Source text is always
 * escaped; formulas and mention targets come from the {@link FragmentMarkup}; the first mention of another
 * topic in the section's prose links to it (never in math, code, headings, prompts or existing links, never
 * to the section's own topic).
 */
final class FragmentWriter {
  private final FragmentMarkup markup;
  private final ConceptAnalyzer analyzer;
  private final String ownTopic;
  private final Set<String> linked = new LinkedHashSet<>();
  private final boolean mentionLinks;
  /** How many links the inline being written sits in: an image inside one must not link again. */
  private int linkDepth;

  FragmentWriter(FragmentMarkup markup, ConceptAnalyzer analyzer, String ownTopic) {
    this(markup, analyzer, ownTopic, true);
  }

  /**
   * A writer that links mentions or not: a passage borrowed under another question is shown without them (its
   * links belong to where it lives, and a page's "linked from" counts only its own sections).
   */
  FragmentWriter(FragmentMarkup markup, ConceptAnalyzer analyzer, String ownTopic, boolean mentionLinks) {
    this.markup = markup;
    this.analyzer = analyzer;
    this.ownTopic = ownTopic;
    this.mentionLinks = mentionLinks;
  }

  /** The topics this section's prose links to, in order of first link. */
  Set<String> linkedTopics() {
    return java.util.Collections.unmodifiableSet(linked);
  }

  String blocks(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    blocks.forEach(b -> block(b, out));
    return out.toString();
  }

  /** Inline content with mention links. */
  String inlines(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    inlines(inlines, out, true);
    return out.toString();
  }

  /** Inline content without links: for prompts and titles, which read as headings. */
  String plainInlines(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    inlines(inlines, out, false);
    return out.toString();
  }

  private void block(Block block, StringBuilder out) {
    if (block instanceof Block.Paragraph p) {
      out.append("<p>");
      inlines(p.content(), out, true);
      out.append("</p>\n");
    } else if (block instanceof Block.Heading h) {
      out.append("<h4>");
      inlines(h.content(), out, false);
      out.append("</h4>\n");
    } else if (block instanceof Block.ListBlock l) {
      list(l, out);
    } else if (block instanceof Block.MathBlock m) {
      out.append("<div class=\"math-display\">").append(markup.math(m.tex(), true)).append("</div>\n");
    } else if (block instanceof Block.FormulaBlock f) {
      out.append("<div class=\"formula-display\"><span class=\"formula\">").append(Html.escape(f.text()))
          .append("</span></div>\n");
    } else if (block instanceof Block.Table t) {
      table(t, out);
    } else if (block instanceof Block.CodeBlock c) {
      out.append("<pre><code").append(c.language().isEmpty() ? "" : " class=\"language-" + Html.escape(c.language()) + "\"")
          .append('>').append(Html.escape(c.code())).append("</code></pre>\n");
    } else if (block instanceof Block.Details d) {
      // Open: the guide shows what the document wrote (an answer is itself a disclosure, open), and it prints.
      out.append("<details class=\"disclosure\" open=\"\"><summary>"); // open="": XML wants a value
      inlines(d.summary(), out, false);
      out.append("</summary>\n");
      d.blocks().forEach(b -> block(b, out));
      out.append("</details>\n");
    }
  }

  private void list(Block.ListBlock list, StringBuilder out) {
    String tag = list.ordered() ? "ol" : "ul";
    out.append('<').append(tag).append(">\n");
    for (Block.ListItem item : list.items()) {
      out.append("<li>");
      if (item.blocks().size() == 1 && item.blocks().get(0) instanceof Block.Paragraph p) {
        inlines(p.content(), out, true); // a tight item: no <p> inside
      } else {
        item.blocks().forEach(b -> block(b, out));
      }
      out.append("</li>\n");
    }
    out.append("</").append(tag).append(">\n");
  }

  private void table(Block.Table table, StringBuilder out) {
    out.append("<div class=\"table-wrap\"><table>\n");
    if (!table.caption().isEmpty()) {
      out.append("<caption>");
      inlines(table.caption(), out, true);
      out.append("</caption>\n");
    }
    if (!table.header().isEmpty()) {
      out.append("<thead><tr>");
      table.header().forEach(cell -> {
        out.append("<th scope=\"col\">");
        inlines(cell, out, false);
        out.append("</th>");
      });
      out.append("</tr></thead>\n");
    }
    out.append("<tbody>\n");
    for (List<List<Inline>> row : table.rows()) {
      out.append("<tr>");
      row.forEach(cell -> {
        out.append("<td>");
        inlines(cell, out, true);
        out.append("</td>");
      });
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  private void inlines(List<Inline> inlines, StringBuilder out, boolean link) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text t) {
        lines(t.text(), out, link);
      } else if (inline instanceof Inline.Styled s) {
        String tag = switch (s.style()) {
          case STRONG -> "strong";
          case EMPHASIS -> "em";
          case SUBSCRIPT -> "sub";
          case SUPERSCRIPT -> "sup";
        };
        out.append('<').append(tag).append('>');
        inlines(s.children(), out, link);
        out.append("</").append(tag).append('>');
      } else if (inline instanceof Inline.Code c) {
        out.append("<code>").append(Html.escape(c.text())).append("</code>");
      } else if (inline instanceof Inline.Math m) {
        out.append(markup.math(m.tex(), false));
      } else if (inline instanceof Inline.Formula f) {
        out.append("<span class=\"formula\">").append(Html.escape(f.text())).append("</span>");
      } else if (inline instanceof Inline.Link l) {
        String href = Html.safeHref(l.href());
        if (href.isEmpty() || linkDepth > 0) {
          inlines(l.children(), out, false);
        } else {
          out.append("<a href=\"").append(href).append("\" rel=\"nofollow noopener\">");
          linkDepth++;
          inlines(l.children(), out, false);
          linkDepth--;
          out.append("</a>");
        }
      } else if (inline instanceof Inline.Image i) {
        out.append(markup.image(i, linkDepth > 0));
      }
    }
  }

  /** Text whose line breaks (a markdown hard break, an HTML {@code <br>}) are line breaks on the page. */
  private void lines(String text, StringBuilder out, boolean link) {
    int from = 0;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
      text(text.substring(from, end), out, link);
      out.append(markup.xml() ? "<br/>\n" : "<br>\n");
      from = end + 1;
    }
    text(from == 0 ? text : text.substring(from), out, link);
  }

  private void text(String text, StringBuilder out, boolean link) {
    if (!link || !mentionLinks) {
      out.append(Html.escape(text));
      return;
    }
    int at = 0;
    for (ConceptAnalyzer.Mention mention : analyzer.mentions(text)) {
      if (mention.start() < at || mention.topic().equals(ownTopic) || linked.contains(mention.topic())) {
        continue;
      }
      String href = markup.topicHref(mention.topic());
      if (href.isEmpty()) {
        continue;
      }
      linked.add(mention.topic());
      out.append(Html.escape(text.substring(at, mention.start())));
      out.append("<a class=\"mention\" href=\"").append(Html.escape(href)).append("\">")
          .append(Html.escape(text.substring(mention.start(), mention.end()))).append("</a>");
      at = mention.end();
    }
    out.append(Html.escape(text.substring(at)));
  }
}
