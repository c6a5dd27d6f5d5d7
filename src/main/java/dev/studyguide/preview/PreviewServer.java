package dev.studyguide.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the site folder on 127.0.0.1 only. HTML pages get a small live-reload script that asks
 * {@code /__studyguide/state} for the build state (held open until it changes) and reloads when the version
 * changes, or shows the build error over the page when the last rebuild failed. Nothing outside the site
 * folder is ever served.
 */
public final class PreviewServer implements AutoCloseable {
  static final String STATE_PATH = "/__studyguide/state";
  private static final long HOLD_MILLIS = 20_000;
  private static final long WAKE_MILLIS = 10;
  private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
      Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("woff2", "font/woff2"),
      Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("svg", "image/svg+xml"));

  private final HttpServer server;
  private final ExecutorService threads;
  private final Path root;
  private final Supplier<BuildState> state;
  private final String reloadScript;
  private final Runnable pageLoaded;

  private PreviewServer(HttpServer server, ExecutorService threads, Path root, Supplier<BuildState> state,
      String reloadScript, Runnable pageLoaded) {
    this.pageLoaded = pageLoaded;
    this.server = server;
    this.threads = threads;
    this.root = root;
    this.state = state;
    this.reloadScript = reloadScript;
  }

  /**
   * Starts serving {@code root} on 127.0.0.1:{@code port} (0 picks a free port); {@code pageLoaded} runs each
   * time an open page has (re)loaded.
   */
  public static PreviewServer start(Path root, int port, Supplier<BuildState> state, String reloadScript,
      Runnable pageLoaded) throws IOException {
    // The JDK server sends headers and body in separate writes; with Nagle's algorithm on, each response can stall
    // ~40 ms waiting for the browser's delayed ACK (measured: 50-100 ms per script on a reload, 5 ms without).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    // Every open page holds one request waiting for the next build: a thread each, never a fixed few.
    ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "studyguide-serve");
      thread.setDaemon(true);
      return thread;
    });
    PreviewServer preview = new PreviewServer(server, threads, root.toAbsolutePath().normalize(), state,
        reloadScript, pageLoaded);
    server.createContext("/", preview::handle);
    server.setExecutor(threads);
    server.start();
    return preview;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url() {
    return "http://127.0.0.1:" + port() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = exchange.getRequestURI().getRawPath();
      if (path.equals(STATE_PATH)) {
        BuildState now = awaitChange(exchange.getRequestURI().getRawQuery());
        String json = "{\"version\":" + now.version() + ",\"error\":" + jsonString(now.error()) + "}";
        send(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
        return;
      }
      Optional<Path> file = SafePath.resolve(root, path);
      if (file.isEmpty()) {
        Optional<Path> notFound = SafePath.resolve(root, "/404.html");
        byte[] body = notFound.isPresent() ? withReload(Files.readAllBytes(notFound.get()))
            : "not found".getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, TYPES.get("html"), body);
        return;
      }
      String type = TYPES.getOrDefault(extension(file.get()), "application/octet-stream");
      byte[] body = Files.readAllBytes(file.get());
      send(exchange, 200, type, type.startsWith("text/html") ? withReload(body) : body);
    }
  }

  /**
   * The build state, once it differs from what the page says it has seen ({@code since=VERSION&failed=0|1}), or
   * after {@link #HOLD_MILLIS} anyway; at once when the page has seen nothing yet. Holding the request open lets
   * a rebuild reach the page the moment it is published.
   */
  private BuildState awaitChange(String query) {
    Map<String, String> seen = parameters(query);
    BuildState now = state.get();
    if (!seen.containsKey("since")) {
      pageLoaded.run(); // a page's first question: it has just (re)loaded
      return now;
    }
    long deadline = System.nanoTime() + HOLD_MILLIS * 1_000_000L;
    while (String.valueOf(now.version()).equals(seen.get("since"))
        && (now.failed() ? "1" : "0").equals(seen.get("failed")) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(WAKE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      now = state.get();
    }
    return now;
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> out = new HashMap<>();
    for (String pair : query == null ? new String[0] : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return out;
  }

  private byte[] withReload(byte[] html) {
    String page = new String(html, StandardCharsets.UTF_8);
    int end = page.lastIndexOf("</body>");
    String script = "<script>" + reloadScript + "</script>";
    String out = end < 0 ? page + script : page.substring(0, end) + script + page.substring(end);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '<' -> out.append("\\u003c");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
