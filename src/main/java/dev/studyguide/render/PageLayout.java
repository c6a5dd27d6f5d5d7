package dev.studyguide.render;

import dev.studyguide.render.math.KatexAssets;
import java.util.List;

/**
 * The one layout every output's HTML pages share ({@code templates/layout.mustache}): header with search and
 * category navigation, the page's body, footer. Links are made relative to the page's own folder; the 404 page,
 * which a host serves at any depth, links from the site's address when one is known.
 */
public final class PageLayout {
  public static final String STYLESHEET = "assets/site.css";
  private static final String NOT_FOUND = "404.html";
  /** Stands for the body while the layout is rendered, so a page's frame is rendered without its body. */
  private static final String BODY = "<!--studyguide:body-->";

  private PageLayout() {}

  public record Link(String title, String url) {}

  /** What layout.mustache reads. */
  record View(String title, String description, String root, String canonical, String guideTitle,
      String bodyHtml, String pageKind, List<Link> categories, String stylesheet, String katexStylesheet) {}

  /** The layout of one page, before and after its body. */
  private record Frame(String head, String tail) {}

  /**
   * The page at {@code path} (a site path such as {@code topics/kl.html}) with {@code bodyHtml} inside the layout.
   * {@code title} is the page's own; the guide's title is added, except on the home page, which is the guide.
   */
  public static String render(Templates templates, RenderedGuide guide, String path, String pageKind, String title,
      String description, String bodyHtml) {
    Frame frame = frame(templates, guide, path, pageKind, title, description);
    return frame.head() + bodyHtml + frame.tail();
  }

  /**
   * The same page with its body rendered from {@code bodyTemplate} as it is written: a page of a large guide (all
   * its questions) is hundreds of megabytes, and held as a string (body, then page) it took the heap a 100x guide
   * had left.
   */
  public static OutputFolder.TextWriter page(Templates templates, RenderedGuide guide, String path,
      String pageKind, String title, String description, String bodyTemplate, Object bodyView) {
    return writer -> {
      Frame frame = frame(templates, guide, path, pageKind, title, description);
      writer.write(frame.head());
      templates.write(bodyTemplate, bodyView, writer);
      writer.write(frame.tail());
    };
  }

  private static Frame frame(Templates templates, RenderedGuide guide, String path, String pageKind, String title,
      String description) {
    String baseUrl = guide.corpus().config().baseUrl();
    String guideTitle = guide.corpus().config().title();
    boolean notFound = path.equals(NOT_FOUND);
    String root = notFound && !baseUrl.isEmpty() ? baseUrl : SiteLayout.rootFrom(path);
    List<Link> categories = guide.graph().taxonomy().categories().stream()
        .map(c -> new Link(c.title(), root + SiteLayout.category(c.id()))).toList();
    String fullTitle = path.equals("index.html") ? guideTitle : title + " · " + guideTitle;
    String canonical = baseUrl.isEmpty() || notFound ? "" : baseUrl + path;
    String page = templates.render("layout", new View(fullTitle, description, root, canonical, guideTitle, BODY,
        pageKind, categories, root + STYLESHEET, root + KatexAssets.STYLESHEET));
    int at = page.indexOf(BODY);
    if (at < 0 || page.indexOf(BODY, at + 1) >= 0) {
      throw new Templates.TemplateException(templates.dir().resolve("layout.mustache")
          + ": the page body ({{{bodyHtml}}}) must appear exactly once");
    }
    return new Frame(page.substring(0, at), page.substring(at + BODY.length()));
  }
}
