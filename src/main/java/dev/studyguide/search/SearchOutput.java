package dev.studyguide.search;

import dev.studyguide.render.Output;
import dev.studyguide.render.OutputFolder;
import dev.studyguide.render.RenderContext;
import dev.studyguide.render.RenderedGuide;
import java.io.IOException;

/**
 * The search stage of the build: indexes the rendered guide with Lucene, exports the index for the browser,
 * writes the full results page ({@code search.html}) and the script behind every page's search box.
 */
public final class SearchOutput implements Output {
  static final String SCRIPT = "assets/search.js";

  @Override
  public String name() {
    return "search";
  }

  @Override
  public void write(RenderedGuide guide, RenderContext context, OutputFolder out) throws IOException {
    try (SearchIndex index = SearchIndex.build(guide)) {
      new SearchExport(index).write(out::write);
    }
    out.write(SCRIPT, context.templates().asset(SCRIPT));
    out.write(SearchPage.PATH, SearchPage.render(guide, context.templates()));
  }
}
