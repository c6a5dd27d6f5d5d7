package dev.studyguide.pack;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.render.GuideRenderer;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.Templates;
import java.util.List;
import java.util.Optional;

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
    this.math = new PdfMath(new TexBoxes(), guide.corpus().config().baseUrl(), guide.images());
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

  PdfMaker.Made make(String xhtml) {
    return maker.make(xhtml);
  }

  PdfMath math() {
    return math;
  }
}
