package dev.studyguide.source.read;

import dev.studyguide.model.Block;
import dev.studyguide.model.Inline;
import java.util.List;

/** Walks a reading's blocks in document order, collecting its TeX or its plain text runs. */
final class MathCollector {
  private MathCollector() {}

  /** A TeX span where the model put it: the line it starts on and the TeX without delimiters. */
  record Tex(int line, String tex) {}

  static void tex(Block block, List<Tex> out) {
    if (block instanceof Block.MathBlock m) {
      out.add(new Tex(m.line(), m.tex()));
    } else if (block instanceof Block.Paragraph p) {
      inlineTex(p.content(), out);
    } else if (block instanceof Block.ListBlock l) {
      l.items().forEach(item -> item.blocks().forEach(b -> tex(b, out)));
    } else if (block instanceof Block.Table t) {
      inlineTex(t.caption(), out);
      t.header().forEach(cell -> inlineTex(cell, out));
      t.rows().forEach(row -> row.forEach(cell -> inlineTex(cell, out)));
    }
  }

  private static void inlineTex(List<Inline> inlines, List<Tex> out) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Math m) {
        out.add(new Tex(m.line(), m.tex()));
      } else if (inline instanceof Inline.Styled s) {
        inlineTex(s.children(), out);
      }
    }
  }

  static void texts(Block block, List<String> out) {
    if (block instanceof Block.Paragraph p) {
      inlineTexts(p.content(), out);
    } else if (block instanceof Block.ListBlock l) {
      l.items().forEach(item -> item.blocks().forEach(b -> texts(b, out)));
    } else if (block instanceof Block.Table t) {
      inlineTexts(t.caption(), out);
      t.header().forEach(cell -> inlineTexts(cell, out));
      t.rows().forEach(row -> row.forEach(cell -> inlineTexts(cell, out)));
    }
  }

  private static void inlineTexts(List<Inline> inlines, List<String> out) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text t) {
        out.add(t.text());
      } else if (inline instanceof Inline.Styled s) {
        inlineTexts(s.children(), out);
      }
    }
  }
}
