package dev.studyguide.pack;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.pipeline.Guide;
import dev.studyguide.render.FragmentMarkup;
import dev.studyguide.render.GuideRenderer;
import dev.studyguide.render.Html;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.Templates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real guide (content/ and templates/) planned into packs, with PDFs made on demand and kept for the
 * JVM's tests. The site's KaTeX fragments are not needed for PDFs, so formulas there are stubbed as code.
 */
final class RealPacks {
  static final BuildDate DATE = new BuildDate(LocalDate.of(2026, 1, 15));
  private static RealPacks instance;

  final RenderedGuide guide;
  final List<Pack> packs;
  final List<Diagnostic> diagnostics = new ArrayList<>();
  final PdfPacks pdfs;
  private final Map<String, PdfMaker.Made> made = new ConcurrentHashMap<>();

  private RealPacks() {
    Guide loaded = Guide.load(Path.of("content"));
    TopicGraph graph = loaded.graph().orElseThrow();
    FragmentMarkup codeForMath = (tex, display) -> "<code>" + Html.escape(tex) + "</code>";
    guide = new GuideRenderer(codeForMath, ConceptAnalyzer.of(graph.taxonomy())).render(loaded.corpus(), graph);
    packs = PackPlanner.plan(graph, loaded.corpus().config(), diagnostics);
    PackView view = new PackView(new PackView.Setting(loaded.corpus().config().title(), DATE, ""));
    pdfs = new PdfPacks(guide, new Templates(Path.of("templates")), view, DATE);
  }

  static synchronized RealPacks get() {
    if (instance == null) {
      instance = new RealPacks();
    }
    return instance;
  }

  Pack pack(String id) {
    return packs.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  String xhtml(String id, Variant variant) {
    return pdfs.xhtml(pack(id), variant);
  }

  PdfMaker.Made pdf(String id, Variant variant) {
    return made.computeIfAbsent(id + "-" + variant.slug(), 
        k -> pdfs.make(xhtml(id, variant), PdfMaker.identifier(k)));
  }
}
