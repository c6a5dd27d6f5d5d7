package dev.studyguide.cli;

import dev.studyguide.Folders;
import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.pipeline.SiteTree;
import dev.studyguide.site.SiteBuilds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, one case per row, through the real command line ({@code studyguide build}): each case changes one
 * thing in a tiny good guide (its files are in {@code fixtures/bad-input/<case>/}; the huge inputs are generated
 * here). Every case gives its exit code, a line naming {@code file:line} (or the setting at fault) with what is
 * wrong and what to do, and no stack trace; a case with an error leaves the site built before it exactly as it
 * was, a case with only warnings replaces it.
 */
class BadInputCorpusTest {
  static final Path GOOD = Path.of("src/test/resources/fixtures/site/script");
  static final Path CORPUS = Path.of("src/test/resources/fixtures/bad-input");
  static final String HUGE_SOURCE = "sources/000_script.txt";

  @TempDir static Path shared;
  /** The good guide, built once; every case with an error builds into it and must leave it as it was. */
  static Path site;
  static SiteTree before;

  @TempDir Path tmp;

  /** One row: the case's folder, the exit code, the start of a line it must print, and what it generates. */
  record Case(String name, int exit, String message, Consumer<Path> generate) {
    boolean keepsTheSite() {
      return exit != ExitCode.OK;
    }

    @Override
    public String toString() {
      return name + " → " + exit;
    }
  }

  /** What one run of the command line printed and returned. */
  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  static Stream<Case> corpus() {
    return Stream.of(
        new Case("binary-source", 1, "000_script.txt:2: error: binary file (contains a NUL byte)", none()),
        new Case("invalid-utf8", 1, "000_script.txt:4: error: not valid UTF-8 (re-save the file as UTF-8)", none()),
        new Case("ten-megabyte-line", 1,
            "000_script.txt:6: error: line is 10,000,000 characters long, over the 100,000 a source line may have",
            BadInputCorpusTest::tenMegabyteAnswer),
        new Case("guide-yaml-syntax-error", 1,
            "guide.yaml:8: error: YAML syntax error in a flow sequence begun at line 7", none()),
        new Case("topics-yaml-syntax-error", 1,
            "topics.yaml:19: error: YAML syntax error in a flow sequence begun at line 18", none()),
        new Case("prerequisite-cycle", 1,
            "topics.yaml:8: error: prerequisite cycle: injection → variance → injection", none()),
        new Case("unknown-prerequisite", 1,
            "topics.yaml:15: error: topic 'variance' has unknown prerequisite 'no-such-topic'", none()),
        new Case("unknown-topic-in-override", 1,
            "overrides.yaml:5: error: pin names unknown topic 'no-such-topic'", none()),
        new Case("missing-source", 1, "guide.yaml:8: error: 001_gone.txt: source file is missing", none()),
        new Case("empty-source", 0, "000_script.txt: warning: source is empty", none()),
        new Case("html-and-script-in-source", 0, "000_script.txt:5: warning: HTML tag <script> in source", none()),
        new Case("script-in-topic-title-and-alias", 0,
            "topics.yaml:18: warning: HTML tag <script> in the aliases of topic 'variance'", none()),
        new Case("unclosed-display-math", 0, "000_script.txt:4: warning: display math opened with $$ is not closed",
            none()),
        new Case("katex-rejects-tex", 0, "000_script.txt:3: warning: formula cannot be typeset: KaTeX parse error",
            none()),
        new Case("override-matches-nothing", 0, "overrides.yaml:5: warning: pin '000 Q9' matches no item", none()),
        // HTML, math images and pictures inside markdown (a markdown-qa source): kept safe, reported, built.
        new Case("img-javascript-src", 0,
            "000_script.txt:4: warning: image \"javascript:alert(1)\" dropped, its alt text kept", none()),
        new Case("link-javascript-href", 0,
            "000_script.txt:4: warning: link to \"javascript:alert(1)\" dropped, its text kept", none()),
        new Case("svg-onload", 0, "000_script.txt:4: warning: event handler onload on <svg> dropped", none()),
        new Case("script-in-markdown", 0, "000_script.txt:4: warning: HTML <script> dropped with what it holds",
            none()),
        new Case("unclosed-details", 0, "000_script.txt:4: warning: <details> is not closed", none()),
        new Case("math-image-broken-encoding", 0,
            "000_script.txt:4: warning: math image address has broken %-encoding", none()),
        new Case("local-image-missing", 0,
            "000_script.txt:4: warning: image \"img/missing.png\" is not in the sources folder", none()),
        new Case("local-image-escapes", 0,
            "000_script.txt:4: warning: image \"../../secret.png\" lies outside the sources folder", none()),
        new Case("deeply-nested-list", 0,
            "000_script.txt:37: warning: 167 lines from here on are indented past 64 columns", nestedList(200)),
        new Case("only-divs", 0, "000_script.txt:1: warning: no questions or sections found", none()),
        new Case("ten-thousand-deep-list", 0,
            "000_script.txt:3: warning: a list nested 10,000 deep on one line; read as one item of its last words",
            BadInputCorpusTest::tenThousandDeepList),
        new Case("utf16-with-byte-order-mark", 0, "000_script.txt:5: warning: HTML tag <script> in source",
            content -> reencode(content.resolve(HUGE_SOURCE), true)),
        new Case("utf16-without-byte-order-mark", 1,
            "000_script.txt:1: error: UTF-16 text without a byte-order mark (re-save the file as UTF-8",
            content -> reencode(content.resolve(HUGE_SOURCE), false)));
  }

  @BeforeAll
  static void buildTheGoodGuide() {
    site = shared.resolve("out").resolve("site");
    Run run = build(GOOD, site);
    assertThat(run.exit()).as(run.err()).isZero();
    before = SiteTree.of(site);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachCaseGivesItsExitCodeAndMessageWithoutAStackTrace(Case c) throws IOException {
    Path content = contentOf(c);
    Path out = c.keepsTheSite() ? site : tmp.resolve("site");

    long start = System.nanoTime();
    Run run = build(content, out);
    System.out.printf("bad input %s: exit %d in %d ms%n", c.name(), run.exit(), (System.nanoTime() - start) / 1_000_000);

    assertThat(run.exit()).as(run.err()).isEqualTo(c.exit());
    assertThat(run.err().lines()).as(run.err()).anyMatch(line -> line.startsWith(c.message()));
    assertNoStackTrace(run);
    if (c.keepsTheSite()) {
      assertThat(run.err()).contains("build failed: " + site + " was left as it was");
      assertThat(before.differences(SiteTree.of(site))).isEmpty();
      assertThat(names(site.getParent())).containsExactly("site");
    } else {
      assertThat(out.resolve("index.html")).isRegularFile();
    }
  }

  @Test
  void scriptInATopicTitleAndAliasIsShownAsTextAndNeverRuns() throws IOException {
    Path content = contentOf(corpus().filter(c -> c.name().equals("script-in-topic-title-and-alias")).findFirst()
        .orElseThrow());
    Path out = tmp.resolve("site");
    Run run = build(content, out);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains(
        "topics.yaml:16: warning: HTML tag <script> in the title of topic 'variance' (it is shown as text, never run; "
            + "write plain text instead)");
    Document topic = Jsoup.parse(out.resolve("topics/variance.html").toFile(), "UTF-8");
    assertThat(topic.select("h1").text()).isEqualTo("Variance <script>alert(2)</script> of a mean");
    assertThat(topic.select(".aliases").text())
        .isEqualTo("Also known as: spread of a random variable, <script>alert(3)</script>");
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(out)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
        for (Element script : Jsoup.parse(page.toFile(), "UTF-8").select("script")) {
          if (script.data().contains("alert") || script.outerHtml().contains("alert")) {
            foreign.add(out.relativize(page) + ": " + script.outerHtml());
          }
        }
      }
    }
    assertThat(foreign).isEmpty();
  }

  @Test
  void fiftyThousandLinesOfBulletsAreReadInSecondsAndEveryLineIsKept() throws IOException {
    Path content = Folders.copy(GOOD, tmp.resolve("content"));
    overlay(CORPUS.resolve("fifty-thousand-bullets"), content);
    StringBuilder source = new StringBuilder(
        "## 1. Variance of a sample mean\n**Question:** Why does the mean of n draws vary less?\n**Answer:**\n");
    for (int i = 1; i <= 50_000; i++) {
      // Every other line continues its bullet lazily, unindented: the case the markdown reader re-parses.
      source.append(i % 2 == 1 ? "- the mean of " + i + " draws has variance sigma squared over " + i + "\n"
          : "because the variance of a sum of independent draws adds up\n");
    }
    Files.writeString(content.resolve(HUGE_SOURCE), source);
    Path json = tmp.resolve("normalized.json");

    long start = System.nanoTime();
    Run run = run("normalize", "--json", "--content", content.toString(), "--out", json.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("bad input fifty-thousand-bullets: normalize in %d ms%n", millis);

    assertThat(run.exit()).as(run.err()).isZero();
    assertNoStackTrace(run);
    // A reader that is quadratic in the lines takes minutes here (the lazy-line re-parse took 20 s at 50,000).
    assertThat(millis).isLessThan(60_000);
    var item = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("items").get(0);
    assertThat(item.get("sources").get(0).get("lines").toString()).isEqualTo("[1,50003]");
    // Each unindented line ends its bullet's list and is a paragraph of its own (see Markdown).
    var body = item.get("body");
    assertThat(body).hasSize(50_000);
    assertThat(body.get(0).get("type").asText()).isEqualTo("bullet-list");
    assertThat(body.get(1).get("type").asText()).isEqualTo("paragraph");
    assertThat(body.get(49_999).get("line").asInt()).isEqualTo(50_003);
  }

  @Test
  void anOutputThatIsAFileIsNamedAndLeftAlone() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "my notes");

    Run run = build(GOOD, file);

    assertThat(run.exit()).isEqualTo(ExitCode.OUTPUT_FAILED);
    assertThat(run.err()).startsWith("--out " + file + ": " + file + " is a file, and a build replaces its output "
        + "folder whole (choose a new folder, or an earlier build's, for the output)");
    assertNoStackTrace(run);
    assertThat(Files.readString(file)).isEqualTo("my notes");
  }

  @Test
  void anOutputFolderOfOtherFilesSuchAsTheContentIsNeverReplaced() throws IOException {
    Path content = Folders.copy(GOOD, tmp.resolve("content"));
    SiteTree contentBefore = SiteTree.of(content);

    Run run = build(content, content);

    assertThat(run.exit()).isEqualTo(ExitCode.OUTPUT_FAILED);
    assertThat(run.err()).startsWith("--out " + content + ": " + content.toAbsolutePath()
        + " holds files no build wrote, and a build replaces its output folder whole");
    assertNoStackTrace(run);
    assertThat(contentBefore.differences(SiteTree.of(content))).isEmpty();
  }

  @Test
  void anOutputFolderThatIsNotWritableIsNamedWithWhatToDo() throws Exception {
    Assumptions.assumeFalse(isRoot(), "permissions do not bind root");
    Path parent = Files.createDirectories(tmp.resolve("read-only"));
    Path out = parent.resolve("site");
    assertThat(build(GOOD, out).exit()).isZero();
    SiteTree built = SiteTree.of(out);
    try {
      assertThat(out.getParent().toFile().setWritable(false, false)).isTrue();

      Run run = build(GOOD, out);

      assertThat(run.exit()).isEqualTo(ExitCode.OUTPUT_FAILED);
      assertThat(run.err()).startsWith("--out " + out + ": cannot write in " + parent.toAbsolutePath()
          + ": permission denied (make that folder writable, or choose an output folder where you can write)");
      assertNoStackTrace(run);
      assertThat(built.differences(SiteTree.of(out))).isEmpty();

      parent.toFile().setWritable(true, false);
      assertThat(out.toFile().setWritable(false, false)).isTrue();
      run = build(GOOD, out);
      assertThat(run.exit()).isEqualTo(ExitCode.OUTPUT_FAILED);
      assertThat(run.err()).startsWith("--out " + out + ": " + out.toAbsolutePath() + " is read-only");
      assertThat(built.differences(SiteTree.of(out))).isEmpty();
    } finally {
      parent.toFile().setWritable(true, false);
      out.toFile().setWritable(true, false);
    }
  }

  @Test
  void aKilledBuildLeavesTheSiteAsItWasAndTheNextBuildCleansUpAfterIt() throws Exception {
    Path parent = Files.createDirectories(tmp.resolve("out"));
    Path out = parent.resolve("site");
    assertThat(build(GOOD, out).exit()).isZero();
    SiteTree built = SiteTree.of(out);
    // A change, so that a build that got through would show.
    Path content = Folders.copy(GOOD, tmp.resolve("content"));
    Files.writeString(content.resolve("topics.yaml"),
        Files.readString(content.resolve("topics.yaml")).replace("title: Variance", "title: Variance, changed"));

    Process build = new ProcessBuilder(javaCommand("build", "-q", "--content", content.toString(), "--out",
        out.toString(), "--cache", SiteBuilds.MATH_CACHE.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Path staging = null;
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (staging == null && build.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
      staging = stagingWithPages(parent);
    }
    assertThat(build.isAlive()).as("the build was still writing when it was killed").isTrue();
    assertThat(staging).as("the build's staging folder, half written").isNotNull();
    build.destroyForcibly().waitFor();

    assertThat(built.differences(SiteTree.of(out))).isEmpty();
    assertThat(names(parent)).contains(staging.getFileName().toString());

    Run next = build(content, out);
    assertThat(next.exit()).as(next.err()).isZero();
    assertThat(names(parent)).containsExactly("site");
    assertThat(Files.readString(out.resolve("topics/variance.html"))).contains("Variance, changed");
  }

  private static Path stagingWithPages(Path parent) throws IOException {
    try (Stream<Path> siblings = Files.list(parent)) {
      return siblings.filter(p -> p.getFileName().toString().startsWith(".site.building-"))
          .filter(p -> Files.isRegularFile(p.resolve("index.html"))).findFirst().orElse(null);
    }
  }

  private static List<String> javaCommand(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dpolyglot.engine.WarnInterpreterOnly=false",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  private static boolean isRoot() throws Exception {
    Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    id.waitFor();
    return uid.equals("0");
  }

  // ---- the cases' content

  private Path contentOf(Case c) throws IOException {
    Path content = Folders.copy(GOOD, tmp.resolve("content"));
    overlay(CORPUS.resolve(c.name()), content);
    c.generate().accept(content);
    return content;
  }

  private static Consumer<Path> none() {
    return content -> {};
  }

  /** The first answer (line 6) made one line of exactly 10,000,000 characters. */
  private static void tenMegabyteAnswer(Path content) {
    String sentence = " The variance of a sum of independent terms is the sum of their variances.";
    StringBuilder answer = new StringBuilder("Answer: It shrinks with n.");
    while (answer.length() < 10_000_000) {
      answer.append(sentence);
    }
    answer.setLength(10_000_000);
    rewriteLine(content.resolve(HUGE_SOURCE), 6, answer.toString());
  }

  /** A markdown answer holding one list nested {@code depth} levels deep, two columns a level. */
  private static Consumer<Path> nestedList(int depth) {
    return content -> {
      StringBuilder source = new StringBuilder(
          "## 1. Variance of a sample mean\n**Question:** Why does the mean of n draws vary less?\n**Answer:**\n");
      for (int level = 0; level < depth; level++) {
        source.append("  ".repeat(level)).append("- level ").append(level).append(": the variance shrinks\n");
      }
      write(content.resolve(HUGE_SOURCE), source.toString());
    };
  }

  /** A question in a list nested 10,000 deep, all its markers on one line (over 10,000 lines it would be 100 MB). */
  private static void tenThousandDeepList(Path content) {
    write(content.resolve(HUGE_SOURCE), "# Variance\n\n" + "- ".repeat(10_000)
        + "Why does the mean of n draws vary less?\n\nBecause independent errors cancel.\n");
  }

  /** The source as valid UTF-16 (little-endian), with or without the byte-order mark that says so. */
  private static void reencode(Path file, boolean byteOrderMark) {
    try {
      byte[] text = Files.readString(file).getBytes(StandardCharsets.UTF_16LE);
      byte[] out = new byte[text.length + (byteOrderMark ? 2 : 0)];
      if (byteOrderMark) {
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
      }
      System.arraycopy(text, 0, out, byteOrderMark ? 2 : 0, text.length);
      Files.write(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rewriteLine(Path file, int line, String text) {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(file));
      lines.set(line - 1, text);
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- running the command line

  private static Run build(Path content, Path out) {
    return run("build", "-q", "--content", content.toString(), "--out", out.toString(), "--cache",
        SiteBuilds.MATH_CACHE.toString());
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static void assertNoStackTrace(Run run) {
    assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
  }

  // ---- files

  /** Lays {@code from}'s files over {@code to} (a case changes only the files it has). */
  private static void overlay(Path from, Path to) {
    if (Files.isDirectory(from)) {
      Folders.copy(from, to);
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
