package dev.studyguide.render.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MathCacheTest {

  private static final MathRequest FRACTION = MathRequest.inline("\\frac{a}{b}");
  private static final MathResult.Rendered FRACTION_HTML =
      new MathResult.Rendered("<span class=\"katex\">ä ∑ \u200b</span>");
  private static final MathResult.Failed BRACE_ERROR =
      new MathResult.Failed("KaTeX parse error: Expected 'EOF', got '}' at position 43: …_x[D_{KL}(p(y|x}̲||p(y)))]).");

  @TempDir
  Path dir;

  @Test
  void aStoredResultComesBackFromANewCacheOnTheSameDirectory() {
    MathCache.in(dir).put(FRACTION, FRACTION_HTML);

    assertThat(MathCache.in(dir).get(FRACTION)).contains(FRACTION_HTML);
  }

  @Test
  void failuresAreCachedWithKatexsMessageIntact() {
    MathRequest broken = MathRequest.display("\\text{IS} = \\exp(\\mathbb{E}_x[D_{KL}(p(y|x}||p(y)))]).");
    MathCache.in(dir).put(broken, BRACE_ERROR);

    assertThat(MathCache.in(dir).get(broken)).contains(BRACE_ERROR);
  }

  @Test
  void theSameTexInDisplayModeIsADifferentEntry() {
    MathCache cache = MathCache.in(dir);
    cache.put(FRACTION, FRACTION_HTML);

    assertThat(cache.get(MathRequest.display("\\frac{a}{b}"))).isEmpty();
    assertThat(cache.get(MathRequest.inline("\\frac{a}{b} "))).isEmpty();
  }

  @Test
  void theKeyIsAHashOfKatexVersionOptionsModeAndTex() {
    String key = MathCache.key(FRACTION);

    assertThat(key).matches("[0-9a-f]{64}").isEqualTo(MathCache.key(MathRequest.inline("\\frac{a}{b}")));
    assertThat(key).isNotEqualTo(MathCache.key(MathRequest.display("\\frac{a}{b}")));
  }

  @Test
  void aMissingDirectoryIsAnEmptyCacheAndIsCreatedOnFirstWrite() {
    Path nested = dir.resolve(".cache").resolve("katex");
    MathCache cache = MathCache.in(nested);

    assertThat(cache.get(FRACTION)).isEmpty();
    cache.put(FRACTION, FRACTION_HTML);
    assertThat(Files.isDirectory(nested)).isTrue();
    assertThat(cache.get(FRACTION)).contains(FRACTION_HTML);
  }

  @Test
  void writingLeavesExactlyOneFilePerEntryAndNoTemporaryFiles() throws IOException {
    MathCache cache = MathCache.in(dir);
    cache.put(FRACTION, FRACTION_HTML);
    cache.put(FRACTION, FRACTION_HTML);
    cache.put(MathRequest.display("x"), BRACE_ERROR);

    assertThat(files()).containsExactlyInAnyOrder(
        MathCache.key(FRACTION), MathCache.key(MathRequest.display("x")));
  }

  @Test
  void aTruncatedEntryIsAMissAndIsRepairedByTheNextWrite() throws IOException {
    MathCache cache = MathCache.in(dir);
    cache.put(FRACTION, FRACTION_HTML);
    Path entry = dir.resolve(MathCache.key(FRACTION));
    byte[] whole = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 3));

    assertThat(cache.get(FRACTION)).isEmpty();
    cache.put(FRACTION, FRACTION_HTML);
    assertThat(cache.get(FRACTION)).contains(FRACTION_HTML);
  }

  @Test
  void aHalfWrittenTemporaryFileLeftByAKilledBuildIsNeverReadAsAnEntry() throws IOException {
    String key = MathCache.key(FRACTION);
    Files.writeString(dir.resolve(key + ".4242-1.tmp"), "studyguide-katex-cache 1 rendered 40\n<span cl");
    MathCache cache = MathCache.in(dir);

    assertThat(cache.get(FRACTION)).isEmpty();
    cache.put(FRACTION, FRACTION_HTML);
    assertThat(cache.get(FRACTION)).contains(FRACTION_HTML);
  }

  @Test
  void garbageWhereAnEntryShouldBeIsAMiss() throws IOException {
    for (String garbage : List.of("", "no header line", "studyguide-katex-cache 1 rendered 99\nshort",
        "studyguide-katex-cache 1 exploded 2\nhi", "studyguide-katex-cache 2 rendered 2\nhi")) {
      Files.writeString(dir.resolve(MathCache.key(FRACTION)), garbage, StandardCharsets.UTF_8);
      assertThat(MathCache.in(dir).get(FRACTION)).as(garbage).isEmpty();
    }
  }

  @Test
  void anEntryThatCannotBeReadIsAMiss() throws IOException {
    Files.createDirectories(dir.resolve(MathCache.key(FRACTION)));

    assertThat(MathCache.in(dir).get(FRACTION)).isEmpty();
  }

  @Test
  void aCacheThatCannotBeWrittenIsRememberedNotThrown() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("katex"), "a file where the cache should be");
    MathCache cache = MathCache.in(notADirectory);

    cache.put(FRACTION, FRACTION_HTML);

    assertThat(cache.get(FRACTION)).isEmpty();
    assertThat(cache.writeProblem()).hasValueSatisfying(problem ->
        assertThat(problem).startsWith("cannot write to the math cache " + notADirectory));
  }

  @Test
  void theNoneCacheRemembersNothing() {
    MathCache none = MathCache.none();
    none.put(FRACTION, FRACTION_HTML);

    assertThat(none.get(FRACTION)).isEmpty();
    assertThat(none.writeProblem()).isEmpty();
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).toList();
    }
  }
}
