package dev.studyguide.site;

import dev.studyguide.render.LocalImages;
import dev.studyguide.render.Output;
import dev.studyguide.render.OutputFolder;
import dev.studyguide.render.PageLayout;
import dev.studyguide.render.RenderContext;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.render.Templates;
import dev.studyguide.render.math.KatexAssets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Writes the HTML site: every page through its template and the layout, the assets, the local images. */
public final class SiteOutput implements Output {
  /**
   * Static files copied from templates/assets into the site. Every page's layout links the study progress marks'
   * style and script, so they come with the pages; the marks show only once the study page has data to show.
   */
  static final List<String> ASSETS = List.of("assets/site.css", "assets/site.js", "assets/study.css",
      "assets/study-progress.js", "assets/favicon.svg");

  @Override
  public String name() {
    return "site";
  }

  @Override
  public void write(RenderedGuide guide, RenderContext context, OutputFolder out) throws IOException {
    Templates templates = context.templates();
    List<SitePage> pages = pages(guide);
    for (SitePage page : pages) {
      if (page.template().equals(TopicPages.REDIRECT)) {
        out.write(page.path(), templates.render(page.template(), page.view()));
      } else {
        out.write(page.path(), PageLayout.page(templates, guide, page.path(), page.template(), page.title(),
            page.description(), page.template(), page.view()));
      }
    }
    for (String asset : ASSETS) {
      out.write(asset, templates.asset(asset));
    }
    KatexAssets.files().forEach(out::write);
    for (LocalImages.Published image : guide.images().all()) {
      out.write(image.path(), image.bytes());
    }
    out.write(".nojekyll", "");
  }

  static List<SitePage> pages(RenderedGuide guide) {
    List<SitePage> pages = new ArrayList<>();
    pages.add(HomePage.build(guide));
    pages.addAll(CategoryPages.build(guide));
    pages.addAll(TopicPages.build(guide));
    pages.add(QuestionsPage.build(guide));
    pages.addAll(SourcePages.build(guide));
    // GitHub Pages serves 404.html at any missing address, so its links start from the site's address if known.
    String home = guide.corpus().config().baseUrl() + "index.html";
    pages.add(new SitePage("404.html", "404", new Views.Link("Home", home), "Page not found",
        "This page does not exist in the guide."));
    return pages;
  }
}
