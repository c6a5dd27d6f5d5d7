package dev.studyguide.source.repair;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.source.RealSources;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MojibakeTest {

  @Test
  void repairsMacRomanRunsWhereverTheyDecodeAsUtf8() {
    // F0, the lead byte of a four-byte emoji, is Mac Roman's Apple logo (private use U+F8FF).
    assertThat(Mojibake.repair("Newton‚Äôs method ‚Äî Cram√©r‚ÄìRao, L‚àû, ‚Ñù¬≤, ## \uF8FFüîπ Group"))
        .isEqualTo("Newton’s method — Cramér–Rao, L∞, ℝ², ## 🔹 Group");
  }

  @Test
  void leavesGenuineNonAsciiAloneInsideARepairedText() {
    // · ≤ ∂ π re-encode to single stray bytes, which are not UTF-8, so they survive next to real mojibake.
    assertThat(Mojibake.repair("it‚Äôs x·y ≤ ∂f/∂θ, α→β, π"))
        .isEqualTo("it’s x·y ≤ ∂f/∂θ, α→β, π");
  }

  @Test
  void leavesTwoCharacterLookAlikesAloneWithoutAThreeByteSignature() {
    // √π would decode to ù and –∞ to Cyrillic а, yet both are ordinary math.
    String math = "Γ(1/2) = √π on (–∞, 0]";
    assertThat(Mojibake.repair(math)).isSameAs(math);
  }

  @Test
  void refusesRunsThatWouldDecodeToControlCharacters() {
    // ¬Ä is C2 80, well-formed UTF-8 for the C1 control U+0080: not a plausible original.
    assertThat(Mojibake.repair("a ¬Ä b ‚Äô")).isEqualTo("a ¬Ä b ’");
  }

  @Test
  void spellsOutTheJdksMacRomanUpperHalf() {
    byte[] upperHalf = new byte[128];
    for (int i = 0; i < upperHalf.length; i++) {
      upperHalf[i] = (byte) (0x80 + i);
    }
    assertThat(Mojibake.MAC_ROMAN_HIGH).isEqualTo(new String(upperHalf, Charset.forName("x-MacRoman")));
  }

  @Test
  void isIdempotent() {
    String once = Mojibake.repair(raw("000"));
    assertThat(Mojibake.repair(once)).isEqualTo(once);
  }

  @ParameterizedTest
  @CsvSource({"001, MARKDOWN_QA", "002, PDF_STUDY_SHEET", "003, WEB_CHEAT_SHEET", "004, WEB_QA"})
  void leavesTheCleanSourcesExactlyAsWritten(String prefix, SourceFormat format) {
    String raw = raw(prefix);
    assertThat(Mojibake.repair(raw)).isSameAs(raw);
    assertThat(RealSources.load(prefix, format).lines()).isEqualTo(normalizedLines(raw));
  }

  @Test
  void leavesNoMojibakeInSource000() {
    SourceDocument doc = RealSources.load("000", SourceFormat.CHAT_QUESTIONS);
    assertThat(doc.lines()).hasSize(normalizedLines(raw("000")).size());
    for (String line : doc.lines()) {
      assertThat(line).doesNotContain("‚Ä", "√©", "üî", "üß", "üì", "¬≤", "‚à", "‚Ñ", "‚ö", "‚ú", "\uF8FF");
    }
    assertThat(String.join("\n", doc.lines()).codePoints())
        .noneMatch(c -> Character.getType(c) == Character.PRIVATE_USE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1|Nice — now we’re diving into the **theoretical, math-heavy side of machine learning**",
      "7|## 🔹 Theoretical Math-Heavy Machine Learning Questions (With Follow-Ups)",
      "50|- What is the VC dimension of a linear classifier in ℝ²?",
      "52|- What does it mean for a model to be “probably approximately correct” (PAC)?",
      "191|## 🧠 Bonus: If You Want to Flex Math Muscles",
      "252|- How is it used in the Cramér–Rao bound?",
      "314|- Compare L1, L2, and L∞ norms.",
      "401|## ⚡ Want to Go Harder?",
      "413|## ✅ Next Steps?",
      "425|Love your grind! 🔥 You're clearly going deep — this next set includes",
      "621|Or… want to take a few of these now and I’ll simulate a mock oral exam style interview?",
      "1087|- How does **Pearl’s Causal Framework** use **causal graphs** to define relationships"})
  void repairsSpecificLinesOfSource000(int line, String expectedStart) {
    SourceDocument doc = RealSources.load("000", SourceFormat.CHAT_QUESTIONS);
    assertThat(doc.line(line)).startsWith(expectedStart);
  }

  private static String raw(String prefix) {
    try {
      return Files.readString(RealSources.path(prefix), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** What the loader would produce without any repair: NFC, one entry per line of the file. */
  private static List<String> normalizedLines(String raw) {
    String text = Normalizer.normalize(raw.replace("\r\n", "\n"), Normalizer.Form.NFC);
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return Arrays.asList(body.split("\n", -1));
  }
}
