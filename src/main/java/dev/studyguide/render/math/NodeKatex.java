package dev.studyguide.render.math;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * KaTeX under {@code node}: the webjar's script and {@link KatexRenderer#RENDER_FUNCTION}, evaluated by a
 * long-lived node process ({@code katex-node.js}) that takes batches of formulas as JSON lines on its standard
 * input. V8 compiles KaTeX, so a formula takes a fraction of a millisecond against several in GraalJS's
 * interpreter. One process per concurrent caller (node runs one script on one core); a process ends when its
 * input does. Every failure of the process itself (missing node, a crash, a reply that does not parse) is
 * {@link MathEngine.Unavailable}, for the caller to fall back on the in-JVM engine.
 */
final class NodeKatex implements MathEngine {

  // Non-ASCII escaped: the pipe carries only ASCII, and a lone surrogate in the TeX survives the trip as is.
  private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  private static final String DRIVER = resource("katex-node.js");
  /**
   * A reply later than this means node hangs: the process is killed, which ends the wait as a failure. Loading
   * KaTeX takes under a second and a batch milliseconds, so only a stuck process ever comes near it.
   */
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "node-katex-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  private final List<String> command;
  private final Queue<Lane> idle = new ConcurrentLinkedQueue<>();
  private final Queue<Lane> lanes = new ConcurrentLinkedQueue<>();
  private volatile boolean closed;

  /**
   * Starts a first node process ({@code node} names the executable, found on the PATH when it has no
   * directory) and waits until it has loaded KaTeX.
   *
   * @throws MathEngine.Unavailable when node cannot be started or does not load this KaTeX
   */
  NodeKatex(String node) {
    this.command = List.of(node, "-e", DRIVER);
    idle.add(newLane());
  }

  @Override
  public List<MathResult> render(List<MathRequest> requests) {
    if (closed) {
      throw new Unavailable("node engine is closed", null);
    }
    Lane lane = idle.poll();
    if (lane == null) {
      lane = newLane();
    }
    try {
      List<MathResult> results = lane.render(requests);
      idle.add(lane);
      return results;
    } catch (IOException | RuntimeException e) {
      lane.process().destroyForcibly();
      throw new Unavailable("node stopped answering: " + e, e);
    }
  }

  @Override
  public String name() {
    return "node";
  }

  /** How many node processes were started: at most the number of threads that rendered at the same time. */
  int processes() {
    return lanes.size();
  }

  @Override
  public void close() {
    closed = true;
    for (Lane lane : lanes) {
      lane.close();
    }
    idle.clear();
  }

  private Lane newLane() {
    Lane lane = Lane.start(command);
    lanes.add(lane);
    if (closed) {
      lane.close();
      throw new Unavailable("node engine is closed", null);
    }
    return lane;
  }

  private record Lane(Process process, BufferedWriter input, BufferedReader output) {

    static Lane start(List<String> command) {
      Process process;
      try {
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      } catch (IOException e) {
        throw new Unavailable("cannot start " + command.get(0) + ": " + e.getMessage(), e);
      }
      Lane lane = new Lane(process, process.outputWriter(StandardCharsets.UTF_8),
          process.inputReader(StandardCharsets.UTF_8));
      try {
        String version = JSON.readTree(lane.exchange(JSON.writeValueAsString(
            Map.of("katex", KatexAssets.script(), "render", KatexRenderer.RENDER_FUNCTION)))).path("version").asText();
        if (!version.equals(KatexAssets.VERSION)) {
          throw new IOException("node loaded KaTeX " + version + ", not " + KatexAssets.VERSION);
        }
        return lane;
      } catch (IOException | RuntimeException e) {
        process.destroyForcibly();
        throw new Unavailable("node cannot run KaTeX: " + e.getMessage(), e);
      }
    }

    List<MathResult> render(List<MathRequest> requests) throws IOException {
      List<List<Object>> batch = requests.stream().map(r -> List.<Object>of(r.tex(), r.display())).toList();
      JsonNode replies = JSON.readTree(exchange(JSON.writeValueAsString(batch)));
      if (!replies.isArray() || replies.size() != requests.size()) {
        throw new IOException("expected " + requests.size() + " results, got " + replies);
      }
      List<MathResult> results = new ArrayList<>(requests.size());
      for (JsonNode reply : replies) {
        JsonNode ok = reply.get("ok");
        JsonNode text = reply.get("text");
        if (ok == null || !ok.isBoolean() || text == null || !text.isTextual()) {
          throw new IOException("unexpected result " + reply);
        }
        results.add(ok.asBoolean() ? new MathResult.Rendered(text.asText()) : new MathResult.Failed(text.asText()));
      }
      return results;
    }

    private String exchange(String message) throws IOException {
      ScheduledFuture<?> kill = WATCHDOG.schedule(process::destroyForcibly, PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
      String reply;
      try {
        input.write(message);
        input.write('\n');
        input.flush();
        reply = output.readLine();
      } finally {
        kill.cancel(false);
      }
      if (reply == null) {
        throw new EOFException("node ended (exit " + exitCode() + ")");
      }
      return reply;
    }

    private String exitCode() {
      try {
        return Integer.toString(process.waitFor());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "unknown";
      }
    }

    // Closing its input ends the script; a process that lingers regardless is killed.
    void close() {
      try {
        input.close();
      } catch (IOException ignored) {
        // It is being ended anyway.
      }
      process.destroy();
    }
  }

  private static String resource(String name) {
    try (InputStream in = NodeKatex.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the classpath: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
