package dev.studyguide.pack;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.render.Output;
import dev.studyguide.render.OutputFolder;
import dev.studyguide.render.PageLayout;
import dev.studyguide.render.Progress;
import dev.studyguide.render.RenderContext;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.render.Templates;
import dev.studyguide.render.math.KatexAssets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.apache.pdfbox.Loader;

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
  /**
   * Heap a character of a document's fragments holds while openhtmltopdf lays it out (DOM, styles, boxes, the
   * PDF in memory), measured on a 10x guide's whole-guide documents and rounded up.
   */
  static final long HEAP_PER_CHAR = 20;
  /** The part of the heap limit layouts at once may hold: the rendered guide and the other outputs need the rest. */
  static final double HEAP_SHARE = 0.4;

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
  private final Pdfs when;
  private Optional<Runnable> later = Optional.empty();

  /** {@code cacheDir} keeps finished PDFs between builds. */
  public PackOutput(BuildDate date, Path cacheDir, Pdfs when) {
    this.date = date;
    this.cache = PdfCache.in(cacheDir);
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
    PdfPacks pdfs = new PdfPacks(guide, templates, view, date);
    List<Document> documents = new ArrayList<>();
    List<Bound> bound = new ArrayList<>();
    for (Pack pack : packs) {
      for (Variant variant : Variant.values()) {
        if (pack.kind() == Pack.Kind.GUIDE) {
          bound.add(new Bound(pack, variant, pdfPath(pack, variant), boundParts(pack, variant, packs)));
        } else {
          documents.add(new Document(pack, variant, pdfPath(pack, variant), pdfs.estimatedChars(pack, variant)));
        }
      }
    }
    step(context, "typeset", start, pdfs.math().formulas() + " formulas, " + documents.size() + " documents");

    start = System.nanoTime();
    String formulas = pdfs.math().signature();
    Map<String, Laid> written = new ConcurrentHashMap<>();
    Map<String, String> keys = new ConcurrentHashMap<>();
    List<Document> toMake = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger laidOut = new AtomicInteger();
    // Each document from its XHTML to its file in one go, so no more than one per layout thread is held at once.
    forEach(documents, "pdf", context.progress(), document -> {
      String xhtml = pdfs.xhtml(document.pack(), document.variant());
      String key = PdfCache.key(xhtml, formulas);
      keys.put(document.path(), key);
      Optional<PdfMaker.Made> cached = cache.get(key);
      if (cached.isPresent()) {
        written.put(document.path(), Laid.of(cached.get(), out, document.path()));
      } else if (when == Pdfs.LATER) {
        toMake.add(document);
      } else {
        PdfMaker.Made pdf = pdfs.make(xhtml);
        laidOut.incrementAndGet();
        cache.put(key, pdf);
        written.put(document.path(), Laid.of(pdf, out, document.path()));
      }
    });
    List<Bound> toBind = new ArrayList<>();
    for (Bound document : bound) {
      if (written.keySet().containsAll(document.partPaths())) {
        // The parts are read back from the files just written: a large guide's PDFs are not all held in memory.
        PdfMaker.Made pdf = bind(document, path -> written.get(path).pages(),
            path -> () -> Loader.loadPDF(out.resolve(path).toFile()), keys, pdfs, formulas);
        written.put(document.path(), Laid.of(pdf, out, document.path()));
      } else {
        toBind.add(document);
      }
    }
    if (!toMake.isEmpty() || !toBind.isEmpty()) {
      // Laid out into the cache after publishing; the next build copies them from there.
      later = Optional.of(() -> {
        Map<String, PdfMaker.Made> parts = new ConcurrentHashMap<>();
        forEach(toMake, "pdf", context.progress(), document -> {
          String xhtml = pdfs.xhtml(document.pack(), document.variant());
          PdfMaker.Made pdf = pdfs.make(xhtml);
          cache.put(keys.get(document.path()), pdf);
          parts.put(document.path(), pdf);
        });
        Function<String, PdfMaker.Made> part = path -> parts.containsKey(path) ? parts.get(path)
            : cache.get(keys.get(path)).orElseThrow();
        toBind.forEach(document -> bind(document, path -> part.apply(path).pages(),
            path -> () -> Loader.loadPDF(part.apply(path).bytes()), keys, pdfs, formulas));
      });
    }
    Map<String, Laid> made = new LinkedHashMap<>();
    for (Pack pack : packs) {
      for (Variant variant : Variant.values()) {
        String path = pdfPath(pack, variant);
        if (written.containsKey(path)) {
          made.put(path, written.get(path));
        }
      }
    }
    int pages = made.values().stream().mapToInt(Laid::pages).sum();
    long bytes = made.values().stream().mapToLong(Laid::bytes).sum();
    step(context, "pdf", start, made.size() + " PDFs (" + (later.isPresent()
        ? toMake.size() + toBind.size() + " left for later" : laidOut.get() + " laid out, " + bound.size() + " bound")
        + ", rest from cache), " + pages + " pages, " + size(bytes));
    report(made, pdfs.math(), context.diagnostics());

    Styles pageStyles = new Styles("", SiteLayout.FRAGMENT_ROOT + STYLESHEET,
        SiteLayout.FRAGMENT_ROOT + KatexAssets.STYLESHEET);
    List<PackViews.PackRow> rows = new ArrayList<>();
    for (Pack pack : packs) {
      List<PackViews.Download> downloads = downloads(pack, made);
      out.write(DIR + pack.id() + ".html",
          templates.render("pack", view.document(pack, guide, Optional.empty(), pageStyles, downloads)));
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

  /** One PDF to make: a variant of a pack, and about how many characters of XHTML it is (its size). */
  private record Document(Pack pack, Variant variant, String path, long estimatedChars) {}

  /** One PDF bound from the PDFs of other packs ({@code parts}) behind a front of its own. */
  private record Bound(Pack pack, Variant variant, String path, List<Pack> parts) {
    List<String> partPaths() {
      return parts.stream().map(p -> pdfPath(p, variant)).toList();
    }
  }

  /**
   * The category packs a whole-guide PDF is bound from: one per category it holds, in its order; the questions
   * variant leaves out categories without a question, as a laid-out document would.
   */
  private static List<Pack> boundParts(Pack guide, Variant variant, List<Pack> packs) {
    return guide.parts().stream()
        .filter(part -> variant == Variant.ANSWERS || part.topics().stream().anyMatch(t -> !t.questions().isEmpty()))
        .map(part -> packs.stream()
            .filter(p -> p.kind() == Pack.Kind.CATEGORY && p.id().equals(part.category().id()))
            .findFirst().orElseThrow())
        .toList();
  }

  /**
   * {@code document} bound from its parts (their page counts and PDFs by path), or taken from the cache. The
   * front is laid out again while the page numbers it lists miscount its own pages (for a long contents).
   */
  private PdfMaker.Made bind(Bound document, ToIntFunction<String> pages, Function<String, PdfBinder.Source> pdfs,
      Map<String, String> keys, PdfPacks packs, String formulas) {
    List<Integer> partPages = document.partPaths().stream().map(pages::applyAsInt).toList();
    int frontPages = 2; // the cover, then the contents on a page of its own
    String key = PdfCache.key(packs.frontXhtml(document.pack(), document.variant(),
        contents(document, partPages, frontPages)) + "\n" + String.join("\n",
        document.partPaths().stream().map(keys::get).toList()), formulas);
    Optional<PdfMaker.Made> cached = cache.get(key);
    if (cached.isPresent()) {
      return cached.get();
    }
    for (int attempt = 1; ; attempt++) {
      PdfMaker.Made front = packs.make(packs.frontXhtml(document.pack(), document.variant(),
          contents(document, partPages, frontPages)));
      if (front.pages() == frontPages || attempt == 3) {
        PdfMaker.Made pdf = PdfBinder.bind(front, document.partPaths().stream().map(pdfs).toList(), date,
            PdfMaker.identifier(key));
        cache.put(key, pdf);
        return pdf;
      }
      frontPages = front.pages();
    }
  }

  /** The bound parts with the page each starts on, after a front of {@code frontPages} pages. */
  private static List<PackViews.BoundPart> contents(Bound document, List<Integer> partPages, int frontPages) {
    List<PackViews.BoundPart> contents = new ArrayList<>();
    int next = frontPages + 1;
    for (int i = 0; i < partPages.size(); i++) {
      contents.add(new PackViews.BoundPart(document.parts().get(i).title(), next, partPages.get(i)));
      next += partPages.get(i);
    }
    return contents;
  }

  /** A PDF made or copied from the cache, already written out: what the packs page says of it. */
  private record Laid(int pages, long bytes, List<String> warnings) {
    static Laid of(PdfMaker.Made pdf, OutputFolder out, String path) {
      out.write(path, pdf.bytes());
      return new Laid(pdf.pages(), pdf.bytes().length, pdf.warnings());
    }
  }

  /** Something done to a document on a layout thread. */
  private interface Step {
    void on(Document document) throws Exception;
  }

  /**
   * {@code step} for every document, on one thread per core, the largest first and within the heap budget of
   * {@link LayoutQueue}: {@link #HEAP_SHARE} of the heap limit, a document weighed at {@link #HEAP_PER_CHAR} bytes
   * per character of its fragments.
   */
  private static void forEach(List<Document> documents, String name, Progress progress, Step step) {
    long budget = (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE);
    LayoutQueue<Document> queue = new LayoutQueue<>(documents, d -> d.estimatedChars() * HEAP_PER_CHAR, budget);
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documents.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "pack-pdf");
      thread.setDaemon(true);
      return thread;
    });
    try (Progress.Counter counter = progress.start(name, documents.size())) {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(() -> {
          for (var taken = queue.take(); taken.isPresent(); taken = queue.take()) {
            try {
              step.on(taken.get().document());
            } catch (Exception | Error e) {
              queue.abandon(); // the other threads finish their document and stop
              throw e;
            } finally {
              queue.done(taken.get());
            }
            counter.advance();
          }
          return null;
        }));
      }
      // Every worker waited for, also after one failed: they write into the output folder, which a failed build
      // removes.
      Throwable failure = null;
      for (Future<?> worker : workers) {
        try {
          worker.get();
        } catch (ExecutionException e) {
          failure = failure == null ? e.getCause() : failure;
        }
      }
      if (failure instanceof RuntimeException cause) {
        throw cause;
      } else if (failure instanceof Error cause) {
        throw cause;
      } else if (failure != null) {
        throw new IllegalStateException("making a pack PDF failed", failure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while making the pack PDFs", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<PackViews.Download> downloads(Pack pack, Map<String, Laid> made) {
    List<PackViews.Download> downloads = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      String path = pdfPath(pack, variant);
      Laid pdf = made.get(path);
      if (pdf == null) {
        continue; // left for later: linked once it is made
      }
      downloads.add(new PackViews.Download(variant.label(), path.substring(DIR.length()), pdf.pages(),
          size(pdf.bytes())));
    }
    return downloads;
  }

  /** openhtmltopdf's warnings (once each) and formulas the PDFs show as TeX source. */
  private static void report(Map<String, Laid> made, PdfMath math, List<Diagnostic> diagnostics) {
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
