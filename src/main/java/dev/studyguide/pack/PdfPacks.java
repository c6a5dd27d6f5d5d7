package dev.studyguide.pack;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.render.GuideRenderer;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.RenderedQuestion;
import dev.studyguide.render.Templates;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The PDF side of the packs: the guide's fragments rendered again from the model with JLaTeXMath boxes for
 * formulas ({@link PdfMath}), each pack variant's XHTML from {@code pack.mustache} with the print stylesheet
 * inlined, and the PDF made from it.
 */
final class PdfPacks {
  private final PdfMath math;
  private final RenderedGuide fragments;
  private final Templates templates;
  private final PackView view;
  private final Styles styles;
  private final PdfMaker maker;

  PdfPacks(RenderedGuide guide, Templates templates, PackView view, BuildDate date) {
    this(guide, templates, view, date, FormulaSizes::typesetting);
  }

  /** {@code sizes}: where formulas' sizes come from, given the boxes to typeset those it does not have. */
  PdfPacks(RenderedGuide guide, Templates templates, PackView view, BuildDate date,
      Function<TexBoxes, FormulaSizes> sizes) {
    TexBoxes boxes = new TexBoxes();
    this.math = new PdfMath(boxes, sizes.apply(boxes), guide.corpus().config().baseUrl(), guide.images());
    this.fragments = new GuideRenderer(math, ConceptAnalyzer.of(guide.graph().taxonomy()))
        .render(guide.corpus(), guide.graph(), guide.images());
    this.templates = templates;
    this.view = view;
    this.styles = new Styles(templates.assetText(PackOutput.STYLESHEET), "", "");
    this.maker = new PdfMaker(math, date);
  }

  /** The XHTML openhtmltopdf lays out for one variant of a pack. */
  String xhtml(Pack pack, Variant variant) {
    return templates.render("pack", view.document(pack, fragments, Optional.of(variant), styles, List.of()));
  }

  /** The XHTML of the front of a PDF bound from others: {@code pack}'s cover, and {@code bound} as contents. */
  String frontXhtml(Pack pack, Variant variant, List<PackViews.BoundPart> bound) {
    return templates.render("pack", view.front(pack, variant, styles, bound));
  }

  /**
   * Characters of XHTML each question adds around its fragments (number, bookmark, room to write): measured on a
   * 10x guide, whose whole-guide questions document is 1.95 M characters for 0.15 M of fragments and 1,299
   * questions.
   */
  static final int QUESTION_FRAME_CHARS = 1400;

  /**
   * About how many characters {@link #xhtml} will have, without rendering it: the fragments it prints and each
   * question's frame. Enough to weigh a whole-guide document against a category's (the layout queue does).
   */
  long estimatedChars(Pack pack, Variant variant) {
    long chars = 0;
    for (TopicEntry topic : pack.topics()) {
      for (MergedQuestion q : topic.questions()) {
        RenderedQuestion rendered = fragments.question(q.id());
        chars += QUESTION_FRAME_CHARS + rendered.promptHtml().length();
        if (variant == Variant.ANSWERS) {
          chars += rendered.answers().stream().mapToLong(a -> a.html().length()).sum();
          chars += rendered.fromSources().stream().mapToLong(f -> f.html().length()).sum();
        }
      }
      if (variant == Variant.ANSWERS) {
        chars += topic.notes().stream().mapToLong(n -> fragments.note(n.id()).html().length()).sum();
      }
    }
    return chars;
  }

  PdfMaker.Made make(String xhtml, byte[] id) {
    return maker.make(xhtml, id);
  }

  PdfMath math() {
    return math;
  }
}
