package dev.studyguide.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, driven through the DevTools protocol over the JDK's WebSocket client: one page,
 * navigate, evaluate, press keys, wait for a condition. Started with a fresh profile and no network besides what
 * the page asks for. The accessibility check runs axe-core in it; the browser tests of the search drive it.
 */
public final class Chromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  /** Exceptions thrown by page scripts, as DevTools reported them. */
  public final List<String> exceptions = new CopyOnWriteArrayList<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Starts Chromium at the given window size and connects to its first page. */
  public static Chromium start(String binary, int width, int height) throws Exception {
    Path profile = Files.createTempDirectory("studyguide-chromium-");
    Process process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=" + width + "," + height,
        "--hide-scrollbars", "about:blank").redirectErrorStream(true).start();
    String browserUrl = null;
    BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (String line = lines.readLine(); line != null && System.nanoTime() < deadline; line = lines.readLine()) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        browserUrl = m.group(1);
        break;
      }
    }
    if (browserUrl == null) {
      process.destroyForcibly();
      throw new IOException("chromium did not open its DevTools port");
    }
    Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "chromium-output");
    drain.setDaemon(true);
    drain.start();
    URI browser = URI.create(browserUrl);
    HttpClient http = HttpClient.newHttpClient();
    String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getHost() + ":" + browser.getPort()
        + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body();
    String pageUrl = null;
    for (JsonNode target : JSON.readTree(list)) {
      if (target.get("type").asText().equals("page")) {
        pageUrl = target.get("webSocketDebuggerUrl").asText();
      }
    }
    Chromium[] self = new Chromium[1];
    Listener listener = new Listener(message -> self[0].receive(message));
    WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), listener).get(10, TimeUnit.SECONDS);
    self[0] = new Chromium(process, profile, socket);
    self[0].call("Page.enable", null);
    self[0].call("Runtime.enable", null);
    return self[0];
  }

  public JsonNode call(String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    if (params != null) {
      message.set("params", JSON.valueToTree(params));
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
    JsonNode reply = answer.get(30, TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + ": " + reply.get("error"));
    }
    return reply.get("result");
  }

  private void receive(String text) {
    try {
      JsonNode message = JSON.readTree(text);
      if (message.has("id")) {
        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
        if (answer != null) {
          answer.complete(message);
        }
      } else if ("Runtime.exceptionThrown".equals(message.path("method").asText())) {
        exceptions.add(message.path("params").path("exceptionDetails").toString());
      }
    } catch (IOException e) {
      exceptions.add("unreadable DevTools message: " + e.getMessage());
    }
  }

  /** Opens a URL and waits until its scripts have set up the search box. */
  public void open(String url) throws Exception {
    load(url, "!!window.StudyguideSearch");
  }

  /** Opens a URL and waits until it has loaded and the condition holds. */
  public void load(String url, String condition) throws Exception {
    eval("window.__studyguideStale = true"); // the next document will not have it
    call("Page.navigate", Map.of("url", url));
    waitFor("!window.__studyguideStale && document.readyState === 'complete' && (" + condition + ")",
        Duration.ofSeconds(20));
  }

  /** The value of a JavaScript expression (promises awaited), as JSON. */
  public JsonNode eval(String expression) throws Exception {
    JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
        "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  public String text(String expression) throws Exception {
    return eval(expression).asText();
  }

  /** Polls until the expression is true. */
  public void waitFor(String expression, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        if (eval(expression).asBoolean()) {
          return;
        }
      } catch (IllegalStateException notYet) {
        // the page is still loading
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + expression);
      }
      Thread.sleep(25);
    }
  }

  public void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(25);
    }
  }

  /** Types text as a person would, one key at a time, into whatever has focus. */
  public void type(String text) throws Exception {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      String key = new String(Character.toChars(codePoint));
      call("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", key, "text", key));
      call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key));
      i += Character.charCount(codePoint);
    }
  }

  /** Presses a named key: ArrowDown, ArrowUp, Enter, Escape, Tab, or "/". */
  public void press(String key) throws Exception {
    Map<String, Integer> codes = Map.of("ArrowDown", 40, "ArrowUp", 38, "Enter", 13, "Escape", 27, "Tab", 9,
        "/", 191, "Backspace", 8);
    Map<String, Object> down = new java.util.HashMap<>(Map.of("type", "keyDown", "key", key,
        "windowsVirtualKeyCode", codes.get(key), "code", key.equals("/") ? "Slash" : key));
    if (key.equals("Enter")) {
      down.put("text", "\r");
    } else if (key.equals("/")) {
      down.put("text", "/");
    }
    call("Input.dispatchKeyEvent", down);
    call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "windowsVirtualKeyCode", codes.get(key)));
  }

  /** A PNG of the viewport. */
  public byte[] screenshot() throws Exception {
    return java.util.Base64.getDecoder().decode(call("Page.captureScreenshot", Map.of("format", "png"))
        .get("data").asText());
  }

  @Override
  public void close() {
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A leftover temporary profile is harmless. Chromium's helper processes may still be writing into it after the
      // browser process ended, so a file can vanish mid-walk (CI saw that as an error in a test's tear-down).
    }
  }

  /** Collects a WebSocket's text frames into messages. */
  private static final class Listener implements WebSocket.Listener {
    private final java.util.function.Consumer<String> onMessage;
    private final StringBuilder partial = new StringBuilder();

    Listener(java.util.function.Consumer<String> onMessage) {
      this.onMessage = onMessage;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        onMessage.accept(message);
      }
      webSocket.request(1);
      return null;
    }
  }

  public static List<String> list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
