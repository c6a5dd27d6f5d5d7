package dev.studyguide.render.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KatexAssetsTest {

  @TempDir
  Path site;

  @Test
  void copiesTheStylesheetItsWoff2FontsAndTheLicenceUnderAssetsKatex() throws IOException {
    Path dir = copyTo(site);

    assertThat(dir).isEqualTo(site.resolve("assets/katex"));
    assertThat(site.resolve(KatexAssets.STYLESHEET)).isRegularFile();
    List<String> files = relativeFiles(dir);
    assertThat(files).contains("katex.min.css", "LICENSE", "fonts/KaTeX_Main-Regular.woff2",
        "fonts/KaTeX_Math-Italic.woff2", "fonts/KaTeX_AMS-Regular.woff2", "fonts/KaTeX_Size4-Regular.woff2");
    assertThat(files).filteredOn(f -> f.startsWith("fonts/")).hasSize(20).allMatch(f -> f.endsWith(".woff2"));
  }

  @Test
  void everyUrlInTheCopiedStylesheetIsAWoff2FileThatWasCopied() throws IOException {
    Path dir = copyTo(site);
    String css = Files.readString(dir.resolve("katex.min.css"));

    Matcher url = Pattern.compile("url\\(([^)]+)\\)").matcher(css);
    int urls = 0;
    while (url.find()) {
      urls++;
      assertThat(url.group(1)).endsWith(".woff2");
      assertThat(dir.resolve(url.group(1))).isRegularFile();
    }
    assertThat(urls).as("one source per @font-face").isEqualTo(20);
    assertThat(css).doesNotContain(".woff)", ".ttf)", "format(\"woff\")", "format(\"truetype\")");
  }

  @Test
  void theStylesheetLosesOnlyItsFallbackFontSources() throws IOException {
    String css = Files.readString(copyTo(site).resolve("katex.min.css"));

    assertThat(css).contains("@font-face{font-display:block;font-family:KaTeX_AMS;font-style:normal;"
        + "font-weight:400;src:url(fonts/KaTeX_AMS-Regular.woff2) format(\"woff2\")}");
    assertThat(css).contains(".katex-display>.katex{display:block;text-align:center;white-space:nowrap}");
  }

  @Test
  void copyingTwiceGivesTheSameBytes() throws IOException {
    Path first = copyTo(site.resolve("one"));
    Path second = copyTo(site.resolve("two"));

    List<String> files = relativeFiles(first);
    assertThat(relativeFiles(second)).isEqualTo(files);
    for (String file : files) {
      assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  void theFontsAreTheWebjarsBytes() throws IOException {
    Path dir = copyTo(site);
    byte[] font = Files.readAllBytes(dir.resolve("fonts/KaTeX_Main-Regular.woff2"));

    try (InputStream webjar = getClass().getClassLoader().getResourceAsStream(
        "META-INF/resources/webjars/katex/" + KatexAssets.VERSION + "/dist/fonts/KaTeX_Main-Regular.woff2")) {
      assertThat(font).isEqualTo(webjar.readAllBytes());
    }
    assertThat(new String(font, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("wOF2");
  }

  /** The assets written into {@code site} as a build writes them, and their folder. */
  private static Path copyTo(Path site) throws IOException {
    for (var file : KatexAssets.files().entrySet()) {
      Path path = site.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue());
    }
    return site.resolve(KatexAssets.SITE_DIR);
  }

  private static List<String> relativeFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }
}
