package dev.studyguide.pack;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.render.Output;
import dev.studyguide.render.OutputFolder;
import dev.studyguide.render.PageLayout;
import dev.studyguide.render.RenderContext;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.render.Templates;
import dev.studyguide.render.math.KatexAssets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the study packs: for each pack a questions and an answers PDF ({@code packs/<id>-questions.pdf},
 * {@code -answers.pdf}), a print-ready page with both ({@code packs/<id>.html}), and the "Study packs" page
 * ({@code packs/index.html}) with each file's pages and size.
 *
 * <p>The page uses the site's fragments (KaTeX). The PDFs use fragments rendered again from the same model
 * through {@link PdfMath}, which gives each formula a JLaTeXMath box instead of KaTeX's markup, because
 * openhtmltopdf cannot lay out KaTeX's HTML; taking the TeX from the model is cleaner than digging it out of
 * KaTeX's MathML. PDFs are made on one thread per core, largest first; the whole guide's are then bound from the
 * category packs' ({@link PdfBinder}).
 */
public final class PackOutput implements Output {
  static final String DIR = "packs/";
  static final String STYLESHEET = "assets/print.css";
  /** When to lay out the PDFs a build needs that are not in the cache. */
  public enum Pdfs {
    /** During the build, which waits for them. */
    NOW,
    /**
     * After it: the build publishes the pages without them (their download links left out) and leaves the
     * layout in {@link #later()}; a build after that finds them in the cache. {@code serve} shows an edit at once
     * this way, and the PDFs a moment later.
     */
    LATER
  }

  private final BuildDate date;
  private final PdfCache cache;
  private final Path cacheDir;
  private final Pdfs when;
  private Optional<Runnable> later = Optional.empty();

  /** {@code cacheDir} keeps finished PDFs between builds. */
  public PackOutput(BuildDate date, Path cacheDir, Pdfs when) {
    this.date = date;
    this.cache = PdfCache.in(cacheDir);
    this.cacheDir = cacheDir;
    this.when = when;
  }

  /** The PDFs this output left to lay out (into the cache), when it was asked to leave them for later. */
  public Optional<Runnable> later() {
    return later;
  }

  @Override
  public String name() {
    return "packs";
  }

  @Override
  public void write(RenderedGuide guide, RenderContext context, OutputFolder out) {
    Templates templates = context.templates();
    List<Pack> packs = PackPlanner.plan(guide.graph(), guide.corpus().config(), context.diagnostics());
    String siteUrl = guide.corpus().config().baseUrl();
    PackView view = new PackView(new PackView.Setting(guide.corpus().config().title(), date, siteUrl));

    long start = System.nanoTime();
    PdfPacks pdfs = new PdfPacks(guide, templates, view, date, boxes -> FormulaSizes.in(cacheDir, boxes));
    PackPdfs.Planned planned = PackPdfs.plan(packs, pdfs);
    pdfs.math().sizes().save();
    step(context, "typeset", start, pdfs.math().formulas() + " formulas (" + pdfs.math().sizes().typeset()
        + " typeset, rest from cache), " + planned.laidOut().size() + " documents");

    start = System.nanoTime();
    PackPdfs.Made made = new PackPdfs(pdfs, cache, date, out).make(planned, packs, when, context.progress());
    later = made.later();
    Map<String, PackPdfs.Laid> files = made.files();
    int pages = files.values().stream().mapToInt(PackPdfs.Laid::pages).sum();
    long bytes = files.values().stream().mapToLong(PackPdfs.Laid::bytes).sum();
    step(context, "pdf", start, files.size() + " PDFs (" + made.summary() + ", rest from cache), " + pages
        + " pages, " + size(bytes));
    report(files, pdfs.math(), context.diagnostics());

    Styles pageStyles = new Styles("", SiteLayout.FRAGMENT_ROOT + STYLESHEET,
        SiteLayout.FRAGMENT_ROOT + KatexAssets.STYLESHEET);
    List<PackViews.PackRow> rows = new ArrayList<>();
    for (Pack pack : packs) {
      List<PackViews.Download> downloads = downloads(pack, files);
      PackViews.Document page = view.document(pack, guide, Optional.empty(), pageStyles, downloads);
      out.write(DIR + pack.id() + ".html", writer -> templates.renderTo("pack", page, writer)); // streamed: large
      rows.add(new PackViews.PackRow(pack.title(), pack.kind().label(), pack.description(), pack.id() + ".html",
          pack.topics().size(), pack.questions().size(), pack.noteCount(), downloads,
          SiteLayout.FRAGMENT_ROOT + "anki/" + pack.id() + ".txt",
          SiteLayout.FRAGMENT_ROOT + "study.html?pack=" + pack.id()));
    }
    out.write(STYLESHEET, templates.asset(STYLESHEET));
    out.write(DIR + "index.html", packsPage(guide, templates, rows));
  }

  static String pdfPath(Pack pack, Variant variant) {
    return DIR + pack.id() + "-" + variant.slug() + ".pdf";
  }

  private static List<PackViews.Download> downloads(Pack pack, Map<String, PackPdfs.Laid> made) {
    List<PackViews.Download> downloads = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      String path = pdfPath(pack, variant);
      PackPdfs.Laid pdf = made.get(path);
      if (pdf == null) {
        continue; // left for later: linked once it is made
      }
      downloads.add(new PackViews.Download(variant.label(), path.substring(DIR.length()), pdf.pages(),
          size(pdf.bytes())));
    }
    return downloads;
  }

  /** openhtmltopdf's warnings (once each) and formulas the PDFs show as TeX source. */
  private static void report(Map<String, PackPdfs.Laid> made, PdfMath math, List<Diagnostic> diagnostics) {
    Set<String> seen = new LinkedHashSet<>();
    made.forEach((path, pdf) -> pdf.warnings().forEach(w -> {
      if (seen.add(w)) {
        diagnostics.add(Diagnostic.warning(path, 0, "PDF layout: " + w, "check templates/pack.mustache and "
            + STYLESHEET));
      }
    }));
    new LinkedHashSet<>(math.failed()).forEach(tex -> diagnostics.add(Diagnostic.warning(DIR, 0,
        "the PDFs show a formula as TeX source, JLaTeXMath cannot parse it: " + tex,
        "fix the TeX in its source; KaTeX's verdict on it is reported at its line")));
  }

  private static String packsPage(RenderedGuide guide, Templates templates, List<PackViews.PackRow> rows) {
    String guideTitle = guide.corpus().config().title();
    String intro = "Every category as a pack, the whole guide, and packs the editors put together. Each comes as a "
        + "self-test sheet (questions with room to write) and an answers pack sharing its question numbers, "
        + "both as PDF, and as a page that prints either from the browser.";
    String body = templates.render("packs", new PackViews.PacksPage(intro, rows));
    return PageLayout.render(templates, guide, DIR + "index.html", "packs", "Study packs",
        "Printable study packs of " + guideTitle + ": questions and answers as PDF.", body);
  }

  /** "312 KB", "1.4 MB". */
  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static void step(RenderContext context, String name, long startNanos, String detail) {
    context.progress().line(String.format(Locale.ROOT, "  %-7s %5d ms  %s", name,
        (System.nanoTime() - startNanos) / 1_000_000, detail));
  }
}
