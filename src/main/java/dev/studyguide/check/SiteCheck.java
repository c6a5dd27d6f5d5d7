package dev.studyguide.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.SAXException;

/**
 * The built site as published: links and anchors, reachability from the home page, and each page's HTML per the
 * Nu Html Checker. Reads the site folder only; never writes to it.
 */
public final class SiteCheck {
  /** What was found, and how much was looked at. */
  public record Result(List<Finding> findings, int pages, int links, int validated, String skipped) {}

  private SiteCheck() {}

  public static Result run(Path out) {
    if (!Files.isRegularFile(out.resolve(Crawl.HOME))) {
      return new Result(List.of(Finding.error(Finding.Area.REACHABILITY, out.toString(), 0,
          "no built site here (no " + Crawl.HOME + ")", "build it first: ./studyguide build --out " + out)),
          0, 0, 0, "");
    }
    BuiltSite site = new BuiltSite(out);
    List<Finding> findings = new ArrayList<>();
    LinkCheck.Result links = new LinkCheck(site).run();
    findings.addAll(links.broken());
    findings.addAll(Crawl.from(site).findings(site));
    List<String> pages = site.pages();
    try {
      HtmlValidator validator = HtmlValidator.shared();
      for (String page : pages) {
        String html = site.text(page);
        findings.addAll(PrivateUseGlyphs.judge(validator.validate(page, html), html));
      }
    } catch (SAXException e) {
      return new Result(findings, pages.size(), links.checked() + links.cssChecked(), 0,
          "the Nu Html Checker did not start (" + e.getMessage() + "): HTML not validated");
    }
    return new Result(findings, pages.size(), links.checked() + links.cssChecked(), pages.size(), "");
  }
}
