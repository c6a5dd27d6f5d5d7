package dev.studyguide.search;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.render.Output;
import dev.studyguide.render.OutputFolder;
import dev.studyguide.render.Progress;
import dev.studyguide.render.RenderContext;
import dev.studyguide.render.RenderedGuide;
import java.io.IOException;
import java.lang.ref.SoftReference;

/**
 * The search stage of the build: indexes the rendered guide with Lucene, exports the index for the browser,
 * writes the full results page ({@code search.html}) and the script behind every page's search box.
 */
public final class SearchOutput implements Output {
  static final String SCRIPT = "assets/search.js";

  /**
   * Kept from build to build (the build keeps its outputs), so a rebuild analyses only what an edit changed; softly,
   * since it holds every token of the guide while the packs' PDFs, laid out after the index is written, may need
   * that room more. Lost, it costs the next build a full analysis.
   */
  private SoftReference<AnalysisMemo> kept = new SoftReference<>(null);
  /** False for a build that runs once: its analysis is not kept (see {@code Templates.forOneBuild}). */
  private final boolean keeps;

  /** A search output that keeps its analysis for the next build ({@code serve}'s). */
  public SearchOutput() {
    this(true);
  }

  public SearchOutput(boolean keeps) {
    this.keeps = keeps;
  }

  private synchronized AnalysisMemo memo(RenderedGuide guide) {
    ConceptAnalyzer concepts = ConceptAnalyzer.of(guide.graph().taxonomy());
    if (!keeps) {
      return AnalysisMemo.forOneBuild(concepts);
    }
    AnalysisMemo memo = kept.get();
    memo = memo != null && memo.isFor(concepts) ? memo.nextBuild() : new AnalysisMemo(concepts);
    kept = new SoftReference<>(memo);
    return memo;
  }

  @Override
  public String name() {
    return "search";
  }

  @Override
  public void write(RenderedGuide guide, RenderContext context, OutputFolder out) throws IOException {
    // Counted in documents: each is indexed, then written out as its own file.
    int docs = guide.questions().size() + guide.notes().size() + guide.graph().topics().size();
    try (Progress.Counter counter = context.progress().start("search", 2 * docs);
        SearchIndex index = SearchIndex.build(guide, counter, memo(guide))) {
      new SearchExport(index).write((path, text) -> {
        out.write(path, text);
        if (path.startsWith(SearchExport.DIR + "d-")) {
          counter.advance();
        }
      });
    }
    out.write(SCRIPT, context.templates().asset(SCRIPT));
    out.write(SearchPage.PATH, SearchPage.render(guide, context.templates()));
  }
}
