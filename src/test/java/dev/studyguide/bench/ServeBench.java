package dev.studyguide.bench;

import dev.studyguide.Folders;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./bench serve}: the editor's loop as it feels. Starts {@code studyguide serve} in a fresh JVM on a copy
 * of the real content, then edits one line of a source again and again (each edit new text, so nothing comes
 * from a cache by chance) and times, from the moment the file is written: the rebuild published (the state a
 * waiting page holds open answers), and the edited page served with the new line. The PDFs an edit changes
 * follow in the background; each measurement waits for them, and for a quiet second, before the next edit.
 */
final class ServeBench {
  private static final Pattern URL = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)");
  private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
  private static final String CHAT = "000_4990951e695175c5.txt";
  private static final String LINE = "What is VC dimension? Why does it matter in learning theory?";

  private final BenchOptions options;
  private final ForkedJvm jvm;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ServeBench(BenchOptions options, ForkedJvm jvm) {
    this.options = options;
    this.jvm = jvm;
  }

  void run() {
    Path content = options.work().resolve("serve/content");
    Folders.copy(options.content(), content);
    Process serve = start(content);
    try {
      String url = url(serve);
      long version = version(get(url + "__studyguide/state"));
      List<Double> published = new ArrayList<>();
      List<Double> shown = new ArrayList<>();
      int edits = options.warmups() + options.runs();
      for (int i = 1; i <= edits; i++) {
        String marker = "edit " + i + " of the bench";
        long start = System.nanoTime();
        edit(content.resolve("sources").resolve(CHAT), marker);
        version = version(get(url + "__studyguide/state?since=" + version + "&failed=0"));
        double publishedMillis = (System.nanoTime() - start) / 1e6;
        String page = get(url + "sources/" + CHAT.replace(".txt", ".html"));
        double shownMillis = (System.nanoTime() - start) / 1e6;
        if (!page.contains(marker)) {
          throw new IllegalStateException("the rebuilt page does not show the edit '" + marker + "'");
        }
        if (i > options.warmups()) {
          published.add(publishedMillis);
          shown.add(shownMillis);
        }
        System.out.printf(Locale.ROOT, "edit %2d: published %5.0f ms, page served %5.0f ms%s%n", i, publishedMillis,
            shownMillis, i > options.warmups() ? "" : "  (warm-up)");
        version = awaitPdfs(url, version);
      }
      report("rebuild published", Stats.of(published));
      report("edited page served", Stats.of(shown));
    } finally {
      serve.destroy();
    }
  }

  private Process start(Path content) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm.flags());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.studyguide.cli.Main", "serve",
        "--port", "0", "--content", content.toString(), "--out", options.work().resolve("serve/site").toString()));
    try {
      return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new UncheckedIOException("starting serve", e);
    }
  }

  private static String url(Process serve) {
    try {
      BufferedReader out = serve.inputReader(StandardCharsets.UTF_8);
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher m = URL.matcher(line);
        if (m.find()) {
          return m.group(1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("serve exited without printing its address");
  }

  /** The follow-up publish with the PDFs the edit changed (if any), then a quiet second. */
  private long awaitPdfs(String url, long version) {
    String state = get(url + "__studyguide/state?since=" + version + "&failed=0");
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return version(state);
  }

  private static void edit(Path source, String marker) {
    try {
      String text = Files.readString(source);
      int at = text.indexOf(LINE);
      int end = text.indexOf("**", at + LINE.length());
      Files.writeString(source, text.substring(0, at + LINE.length()) + " (" + marker + ")" + text.substring(end));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String get(String url) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long version(String state) {
    Matcher m = VERSION.matcher(state);
    if (!m.find()) {
      throw new IllegalStateException("not a build state: " + state);
    }
    return Long.parseLong(m.group(1));
  }

  private static void report(String what, Stats stats) {
    System.out.printf(Locale.ROOT, "%-20s median %5.0f ms  (min %.0f, max %.0f, %d edits)%n", what, stats.median(),
        stats.min(), stats.max(), stats.count());
  }
}
