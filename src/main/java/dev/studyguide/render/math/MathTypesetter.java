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
 * rendering the rest with KaTeX on a few threads, in chunks. The engine ({@link MathEngineChoice}: node when it
 * can, else GraalJS, seconds to start) is started only when a formula is missing from the cache, so a rebuild
 * of unchanged content never starts it; a node engine that breaks mid-way is replaced by the in-JVM one and
 * its chunk rendered again. Results keep the order of the requests; each distinct formula is rendered at most
 * once.
 */
public final class MathTypesetter implements AutoCloseable {

  /**
   * Formulas a worker sends to its engine at once: small enough that the threads share a batch evenly (GraalJS
   * takes milliseconds a formula), large enough that node's pipe round trip is a small part of a chunk.
   */
  private static final int CHUNK = 16;

  private final MathCache cache;
  private final int threads;
  private final MathEngineChoice choice;
  private final String node;
  private final AtomicInteger rendered = new AtomicInteger();
  private final Object engineLock = new Object();
  private MathEngine engine;
  private ExecutorService workers;
  private boolean closed;

  /**
   * {@code threads} workers at most, each with a GraalJS context or a node process of its own, so more
   * threads than cores only cost memory; {@code choice} says which engine.
   */
  public MathTypesetter(MathCache cache, int threads, MathEngineChoice choice) {
    this(cache, threads, choice, MathEngineChoice.node());
  }

  /** As above, with {@code node} as the node executable. */
  MathTypesetter(MathCache cache, int threads, MathEngineChoice choice, String node) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.cache = cache;
    this.threads = threads;
    this.choice = choice;
    this.node = node;
  }

  /** {@code threads} workers, the engine the property or environment asks for ({@link MathEngineChoice}). */
  public MathTypesetter(MathCache cache, int threads) {
    this(cache, threads, MathEngineChoice.configured());
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
  public boolean engineStarted() {
    synchronized (engineLock) {
      return engine != null;
    }
  }

  /** The engine that typesets ({@code node} or {@code jvm}), {@code none} while none was needed. */
  public String engineName() {
    synchronized (engineLock) {
      return engine == null ? "none" : engine.name();
    }
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
    int size = Math.min(CHUNK, (misses.size() + threads - 1) / threads);
    List<List<MathRequest>> chunks = new ArrayList<>();
    for (int from = 0; from < misses.size(); from += size) {
      chunks.add(misses.subList(from, Math.min(misses.size(), from + size)));
    }
    List<CompletableFuture<List<MathResult>>> pending = chunks.stream()
        .map(chunk -> CompletableFuture.supplyAsync(() -> renderAndStore(chunk), workers))
        .toList();
    Map<MathRequest, MathResult> results = new HashMap<>();
    for (int i = 0; i < chunks.size(); i++) {
      List<MathResult> typeset = await(pending.get(i));
      for (int j = 0; j < typeset.size(); j++) {
        results.put(chunks.get(i).get(j), typeset.get(j));
      }
    }
    return results;
  }

  private List<MathResult> renderAndStore(List<MathRequest> chunk) {
    List<MathResult> results = renderWithFallback(chunk);
    rendered.addAndGet(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      cache.put(chunk.get(i), results.get(i));
    }
    return results;
  }

  private List<MathResult> renderWithFallback(List<MathRequest> chunk) {
    MathEngine current;
    synchronized (engineLock) {
      current = engine;
    }
    try {
      return current.render(chunk);
    } catch (MathEngine.Unavailable broken) {
      if (!choice.fallsBack()) {
        throw broken;
      }
      return replace(current).render(chunk);
    }
  }

  // The first worker to find the engine broken replaces it; the others, failing on the same engine, take the
  // replacement.
  private MathEngine replace(MathEngine broken) {
    synchronized (engineLock) {
      if (engine == broken) {
        broken.close();
        engine = new KatexRenderer();
      }
      return engine;
    }
  }

  // A failure here is a bug in the renderer or the engine, not bad TeX: rethrow it as it was thrown.
  private static <T> T await(CompletableFuture<T> result) {
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
    synchronized (engineLock) {
      if (engine == null) {
        engine = choice.start(node);
        workers = Executors.newFixedThreadPool(threads, daemonThreads());
      }
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "math-" + count.incrementAndGet());
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
    synchronized (engineLock) {
      if (engine != null) {
        engine.close();
      }
    }
  }
}
