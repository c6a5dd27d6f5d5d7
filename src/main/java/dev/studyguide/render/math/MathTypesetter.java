package dev.studyguide.render.math;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the renderer stages call: typesets a batch of formulas, taking what it can from the cache and
 * rendering the rest with KaTeX on a few threads. KaTeX (GraalJS, seconds to start) is started only when a
 * formula is missing from the cache, so a rebuild of unchanged content never starts it. Results keep the
 * order of the requests; each distinct formula is rendered at most once.
 */
public final class MathTypesetter implements AutoCloseable {

  private final MathCache cache;
  private final int threads;
  private final AtomicInteger rendered = new AtomicInteger();
  private KatexRenderer renderer;
  private ExecutorService workers;
  private boolean closed;

  /** {@code threads} KaTeX workers at most; one context each, so more threads than cores only cost memory. */
  public MathTypesetter(MathCache cache, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.cache = cache;
    this.threads = threads;
  }

  /** One worker per available core. */
  public MathTypesetter(MathCache cache) {
    this(cache, Runtime.getRuntime().availableProcessors());
  }

  public synchronized List<MathResult> typeset(List<MathRequest> requests) {
    if (closed) {
      throw new IllegalStateException("math typesetter is closed");
    }
    Map<MathRequest, MathResult> results = new HashMap<>();
    List<MathRequest> misses = new ArrayList<>();
    for (MathRequest request : new LinkedHashSet<>(requests)) {
      cache.get(request).ifPresentOrElse(hit -> results.put(request, hit), () -> misses.add(request));
    }
    if (!misses.isEmpty()) {
      results.putAll(render(misses));
    }
    return requests.stream().map(results::get).toList();
  }

  /** One formula; a batch is faster when there are many. */
  public MathResult typeset(MathRequest request) {
    return typeset(List.of(request)).get(0);
  }

  /** Whether KaTeX has been started: false as long as every formula came from the cache. */
  public synchronized boolean engineStarted() {
    return renderer != null;
  }

  /** How many formulas KaTeX has rendered (cache misses, failures included). */
  public int rendered() {
    return rendered.get();
  }

  /** The cache this typesetter reads and fills (ask it for {@link MathCache#writeProblem()}). */
  public MathCache cache() {
    return cache;
  }

  private Map<MathRequest, MathResult> render(List<MathRequest> misses) {
    start();
    List<CompletableFuture<MathResult>> pending = misses.stream()
        .map(request -> CompletableFuture.supplyAsync(() -> renderAndStore(request), workers))
        .toList();
    Map<MathRequest, MathResult> results = new HashMap<>();
    for (int i = 0; i < misses.size(); i++) {
      results.put(misses.get(i), await(pending.get(i)));
    }
    return results;
  }

  private MathResult renderAndStore(MathRequest request) {
    MathResult result = renderer.render(request);
    rendered.incrementAndGet();
    cache.put(request, result);
    return result;
  }

  // A failure here is a bug in the renderer or the engine, not bad TeX: rethrow it as it was thrown.
  private static MathResult await(CompletableFuture<MathResult> result) {
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private void start() {
    if (renderer == null) {
      renderer = new KatexRenderer();
      workers = Executors.newFixedThreadPool(threads, daemonThreads());
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "katex-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (workers != null) {
      workers.shutdownNow();
    }
    if (renderer != null) {
      renderer.close();
    }
  }
}
