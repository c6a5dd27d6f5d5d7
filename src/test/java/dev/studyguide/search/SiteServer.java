package dev.studyguide.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/**
 * A static file server for a built site on 127.0.0.1, under a sub-path (as GitHub Pages serves a project site),
 * gzipping what it sends as Pages does, and remembering every request with its size on the wire.
 */
final class SiteServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("json", "application/json"), Map.entry("wasm", "application/wasm"), Map.entry("woff2", "font/woff2"),
      Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("xml", "application/xml"),
      Map.entry("txt", "text/plain; charset=utf-8"));

  /** One request: the path asked for, its status, and the bytes of its body as sent (gzipped, as Pages does). */
  record Request(String path, int status, long bytes) {}

  private final HttpServer server;
  private final String prefix;
  final List<Request> requests = new CopyOnWriteArrayList<>();

  SiteServer(Path site, String prefix) throws IOException {
    this.prefix = prefix;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> serve(site, exchange));
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8)); // browsers ask for several files at once
    server.start();
  }

  /** The site's address, ending in "/". */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  private void serve(Path site, HttpExchange exchange) throws IOException {
    String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
    Path file = path.startsWith(prefix) ? site.resolve(path.substring(prefix.length())).normalize() : null;
    if (file != null && Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
      exchange.sendResponseHeaders(404, -1);
      requests.add(new Request(path, 404, 0));
      exchange.close();
      return;
    }
    byte[] body = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
    boolean gzipped = body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b; // Pagefind's files
    boolean compress = !gzipped && !extension.equals("woff2") && !extension.equals("png")
        && String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
    if (compress) {
      body = gzip(body);
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
    requests.add(new Request(path, 200, body.length));
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
      out.write(bytes);
    }
    return buffer.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
