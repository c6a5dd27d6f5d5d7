package dev.studyguide.pipeline;

import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.render.MathIndex;
import dev.studyguide.render.Progress;
import dev.studyguide.render.math.MathCache;
import dev.studyguide.render.math.MathTypesetter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The guide's formulas typeset on a thread of their own from the moment the sources are read, beside the graph
 * (which needs no formula): KaTeX in node works in its own processes while the JVM builds the graph, instead of
 * after it. The build {@link #join}s before rendering, which is the first step to need the formulas.
 */
final class EarlyMath {
  /** What the background typesetting gives: the index, its diagnostics, how long it took, what it did. */
  record Typeset(MathIndex index, List<Diagnostic> diagnostics, long nanos, String detail) {}

  private final CompletableFuture<Typeset> typeset;

  private EarlyMath(CompletableFuture<Typeset> typeset) {
    this.typeset = typeset;
  }

  /** Starts typesetting every formula of {@code corpus}, with {@code cacheDir} as KaTeX's cache. */
  static EarlyMath start(Corpus corpus, Path cacheDir, Progress progress) {
    CompletableFuture<Typeset> typeset = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        typeset.complete(run(corpus, cacheDir, progress));
      } catch (RuntimeException | Error e) {
        typeset.completeExceptionally(e);
      }
    }, "math-early");
    thread.setDaemon(true);
    thread.start();
    return new EarlyMath(typeset);
  }

  private static Typeset run(Corpus corpus, Path cacheDir, Progress progress) {
    long start = System.nanoTime();
    List<Diagnostic> diagnostics = new ArrayList<>();
    try (MathTypesetter typesetter = new MathTypesetter(MathCache.in(cacheDir))) {
      MathIndex index = MathIndex.typeset(corpus.items(), typesetter, diagnostics, progress);
      String detail = index.size() + " formulas, " + typesetter.rendered() + " typeset"
          + (typesetter.engineStarted() ? " (" + typesetter.engineName() + ")" : "")
          + ", rest from cache, beside the graph";
      return new Typeset(index, diagnostics, System.nanoTime() - start, detail);
    }
  }

  /**
   * The typeset formulas, waiting for them if need be; the build adds their diagnostics and reports the step when
   * it joins, so the report reads in the same order every build.
   */
  Typeset join() {
    try {
      return typeset.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Waits for the typesetting and drops it (the content had errors): waited for, so that none of it writes into
   * the cache beside the next build's typesetting.
   */
  void discard() {
    typeset.handle((done, failure) -> null).join();
  }
}
