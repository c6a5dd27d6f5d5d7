package dev.studyguide.pack;

import dev.studyguide.render.OutputFolder;
import dev.studyguide.render.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The PDFs of one build's packs: each category's and defined pack's laid out (or copied from the cache) on one
 * thread per core, within a heap budget ({@link LayoutQueue}), each written as soon as it is made; the whole
 * guide's bound from the category packs' ({@link PdfBinder}) by the thread that writes its last part. Asked to
 * leave the layout for later, it writes what the cache has and hands back the rest as a task.
 */
final class PackPdfs {
  /**
   * Heap a character of a document's fragments holds while openhtmltopdf lays it out (DOM, styles, boxes, the
   * PDF in memory), measured on a 10x guide's whole-guide documents and rounded up.
   */
  static final long HEAP_PER_CHAR = 20;
  /**
   * The part of the heap limit layouts at once may hold: the rendered guide and the other outputs need the rest.
   * At 100x (-Xmx2g) 0.4 let two category documents lay out at once with the heap near full (live 1.77 GB); at 0.25
   * the largest lay out alone beside the other outputs: live 1.61 GB, wall 304-305 s -> 258-279 s (two runs each).
   */
  static final double HEAP_SHARE = 0.25;
  /**
   * The answers documents first, then the questions documents, each largest first. Binding the whole guide's
   * answers PDF from its parts is the longest bind (20 s of a 100x guide's, 69 MB): with its parts laid out first it
   * is bound beside the questions documents' layout, not after all of it.
   */
  private static final Comparator<Document> ORDER =
      Comparator.comparing((Document d) -> d.variant() != Variant.ANSWERS)
          .thenComparing(Comparator.comparingLong(Document::estimatedChars).reversed());

  /** The documents to lay out, and those to bind from them. */
  record Planned(List<Document> laidOut, List<Bound> bound) {}

  /** What was made: each PDF written, by path in pack order; what is left for later; a phrase for the report. */
  record Made(Map<String, Laid> files, Optional<Runnable> later, String summary) {}

  /** One PDF to lay out: a variant of a pack, and about how many characters of XHTML it is (its size). */
  record Document(Pack pack, Variant variant, String path, long estimatedChars) {}

  /** One PDF bound from the PDFs of other packs ({@code parts}) behind a front of its own. */
  record Bound(Pack pack, Variant variant, String path, List<Pack> parts) {
    List<String> partPaths() {
      return parts.stream().map(p -> PackOutput.pdfPath(p, variant)).toList();
    }
  }

  /** A PDF made or copied from the cache, already written out: what the packs page says of it. */
  record Laid(int pages, long bytes, List<String> warnings) {
    static Laid of(PdfMaker.Made pdf, OutputFolder out, String path) {
      out.write(path, pdf.bytes());
      return new Laid(pdf.pages(), pdf.bytes().length, pdf.warnings());
    }
  }

  private final PdfPacks pdfs;
  private final PdfCache cache;
  private final BuildDate date;
  private final OutputFolder out;
  private final String formulas;
  private final Map<String, Laid> written = new ConcurrentHashMap<>();
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private final Set<String> binding = ConcurrentHashMap.newKeySet();
  private final AtomicInteger bound = new AtomicInteger();

  PackPdfs(PdfPacks pdfs, PdfCache cache, BuildDate date, OutputFolder out) {
    this.pdfs = pdfs;
    this.cache = cache;
    this.date = date;
    this.out = out;
    this.formulas = pdfs.math().signature();
  }

  /** Every pack's two variants: the whole guide's to bind, the others to lay out. */
  static Planned plan(List<Pack> packs, PdfPacks pdfs) {
    List<Document> laidOut = new ArrayList<>();
    List<Bound> bound = new ArrayList<>();
    for (Pack pack : packs) {
      for (Variant variant : Variant.values()) {
        String path = PackOutput.pdfPath(pack, variant);
        if (pack.kind() == Pack.Kind.GUIDE) {
          bound.add(new Bound(pack, variant, path, boundParts(pack, variant, packs)));
        } else {
          laidOut.add(new Document(pack, variant, path, pdfs.estimatedChars(pack, variant)));
        }
      }
    }
    return new Planned(laidOut, bound);
  }

  Made make(Planned planned, List<Pack> packs, PackOutput.Pdfs when, Progress progress) {
    List<Document> toMake = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger laidOut = new AtomicInteger();
    // Each document from its XHTML to its file in one go, so no more than one per layout thread is held at once.
    forEach(planned.laidOut(), progress, document -> {
      String xhtml = pdfs.xhtml(document.pack(), document.variant());
      String key = PdfCache.key(xhtml, formulas);
      keys.put(document.path(), key);
      Optional<PdfMaker.Made> cached = cache.get(key);
      if (cached.isPresent()) {
        written.put(document.path(), Laid.of(cached.get(), out, document.path()));
      } else if (when == PackOutput.Pdfs.LATER) {
        toMake.add(document);
      } else {
        PdfMaker.Made pdf = pdfs.make(xhtml, PdfMaker.identifier(key));
        laidOut.incrementAndGet();
        cache.put(key, pdf);
        written.put(document.path(), Laid.of(pdf, out, document.path()));
      }
      bindReady(planned.bound()); // within this document's share of the heap budget: binding holds heap too
    });
    bindReady(planned.bound()); // those without parts
    List<Bound> toBind = planned.bound().stream().filter(b -> !written.containsKey(b.path())).toList();
    Optional<Runnable> later = toMake.isEmpty() && toBind.isEmpty() ? Optional.empty()
        : Optional.of(() -> makeLater(toMake, toBind, progress));
    String summary = later.isPresent() ? toMake.size() + toBind.size() + " left for later"
        : laidOut.get() + " laid out, " + bound.get() + " bound";
    return new Made(inPackOrder(packs), later, summary);
  }

  /**
   * Binds each of {@code bound} whose parts are all written and that no other thread binds, from the files just
   * written: a large guide's PDFs are not all held in memory.
   */
  private void bindReady(List<Bound> bound) {
    for (Bound document : bound) {
      if (written.keySet().containsAll(document.partPaths()) && binding.add(document.path())) {
        written.put(document.path(), bind(document, path -> written.get(path).pages(),
            path -> () -> Loader.loadPDF(out.resolve(path).toFile()), out.resolve(document.path())));
      }
    }
  }

  /** Laid out and bound into the cache after publishing; the next build copies them from there. */
  private void makeLater(List<Document> toMake, List<Bound> toBind, Progress progress) {
    Map<String, PdfMaker.Made> parts = new ConcurrentHashMap<>();
    forEach(toMake, progress, document -> {
      String key = keys.get(document.path());
      PdfMaker.Made pdf = pdfs.make(pdfs.xhtml(document.pack(), document.variant()), PdfMaker.identifier(key));
      cache.put(key, pdf);
      parts.put(document.path(), pdf);
    });
    Function<String, PdfMaker.Made> part = path -> parts.containsKey(path) ? parts.get(path)
        : cache.get(keys.get(path)).orElseThrow();
    for (Bound document : toBind) {
      try {
        Path target = Files.createTempFile("studyguide-bound", ".pdf"); // bound into the cache, then dropped
        try {
          bind(document, path -> part.apply(path).pages(), path -> () -> Loader.loadPDF(part.apply(path).bytes()),
              target);
        } finally {
          Files.deleteIfExists(target);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("a scratch file for binding " + document.path(), e);
      }
    }
  }

  private Map<String, Laid> inPackOrder(List<Pack> packs) {
    Map<String, Laid> files = new LinkedHashMap<>();
    for (Pack pack : packs) {
      for (Variant variant : Variant.values()) {
        String path = PackOutput.pdfPath(pack, variant);
        if (written.containsKey(path)) {
          files.put(path, written.get(path));
        }
      }
    }
    return files;
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
   * {@code document} bound from its parts (their page counts and PDFs by path) into {@code target}, or copied
   * there from the cache; the warnings are the front's layout's. The front is laid out again while the page numbers it
   * lists miscount its own pages (for a long contents).
   */
  private Laid bind(Bound document, ToIntFunction<String> pages, Function<String, PdfBinder.Source> parts,
      Path target) {
    List<Integer> partPages = document.partPaths().stream().map(pages::applyAsInt).toList();
    int frontPages = 2; // the cover, then the contents on a page of its own
    String key = PdfCache.key(pdfs.frontXhtml(document.pack(), document.variant(),
        contents(document, partPages, frontPages)) + "\n" + String.join("\n",
        document.partPaths().stream().map(keys::get).toList()), formulas);
    Optional<PdfMaker.Made> cached = cache.get(key);
    if (cached.isPresent()) {
      write(target, cached.get().bytes());
      return new Laid(cached.get().pages(), cached.get().bytes().length, List.of());
    }
    for (int attempt = 1; ; attempt++) {
      PdfMaker.Made front = pdfs.make(pdfs.frontXhtml(document.pack(), document.variant(),
          contents(document, partPages, frontPages)), PdfMaker.identifier(key)); // stamped again once bound
      if (front.pages() == frontPages || attempt == 3) {
        int boundPages = PdfBinder.bind(front, document.partPaths().stream().map(parts).toList(), date,
            PdfMaker.identifier(key), target);
        bound.incrementAndGet();
        if (front.warnings().isEmpty()) {
          cache.putFile(key, boundPages, target);
        }
        return new Laid(boundPages, size(target), front.warnings());
      }
      frontPages = front.pages();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }

  private static void write(Path target, byte[] bytes) {
    try {
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + target, e);
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

  /** Something done to a document on a layout thread. */
  private interface Step {
    void on(Document document) throws Exception;
  }

  /**
   * {@code step} for every document, on one thread per core, in {@link #ORDER} and within the heap budget of
   * {@link LayoutQueue} ({@link #budget}), a document weighed at {@link #HEAP_PER_CHAR} bytes per character of its
   * fragments.
   */
  private static void forEach(List<Document> documents, Progress progress, Step step) {
    LayoutQueue<Document> queue = new LayoutQueue<>(documents, ORDER, d -> d.estimatedChars() * HEAP_PER_CHAR,
        budget());
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documents.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "pack-pdf");
      thread.setDaemon(true);
      return thread;
    });
    try (Progress.Counter counter = progress.start("pdf", documents.size())) {
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
      rethrowFirstFailure(workers);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while making the pack PDFs", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * {@link #HEAP_SHARE} of the heap limit, or half of what is not in use now if that is less: a large guide's
   * rendered fragments and the outputs beside the layout may already hold more than the rest of the heap, and
   * layouts side by side then had the collector collecting in full without end.
   */
  private static long budget() {
    Runtime runtime = Runtime.getRuntime();
    long inUse = runtime.totalMemory() - runtime.freeMemory();
    return Math.min((long) (runtime.maxMemory() * HEAP_SHARE), (runtime.maxMemory() - inUse) / 2);
  }

  /**
   * Waits for every worker, also after one failed (they write into the output folder, which a failed build
   * removes), then throws the first failure.
   */
  private static void rethrowFirstFailure(List<Future<?>> workers) throws InterruptedException {
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
  }
}
