package dev.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code studyguide search} on the real content: known queries, JSON, junk, bad options. */
class SearchCommandTest {
  /** The math cache the search tests share (see dev.studyguide.search.SearchFixture). */
  static final String CACHE = "target/test-cache/katex";
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
  }

  @Test
  void printsTheTopHitsWithKindAddressAndScoreTheTopicFirstForItsAbbreviation() {
    int code = run("search", "KL", "--limit", "3", "--cache", CACHE);

    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).matches(" 1\\. Topic +KL divergence +topics/kl-divergence\\.html +\\d+\\.\\d\\d");
    assertThat(lines.get(1)).startsWith(" 2. ");
    assertThat(lines.get(3)).matches("3 of \\d+ results; terms: kl topic:kl-divergence");
  }

  @Test
  void answersANaturalLanguageQuestionInJsonWithTheQuestionItAsks() throws Exception {
    int code = run("search", "why", "scale", "attention", "by", "sqrt", "d", "--json", "--limit", "5",
        "--cache", CACHE);

    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("query").asText()).isEqualTo("why scale attention by sqrt d");
    assertThat(json.get("hits")).hasSize(5);
    JsonNode first = json.get("hits").get(0);
    assertThat(first.get("url").asText()).isEqualTo("topics/attention.html#q-5907a2fc0b");
    assertThat(first.get("kind").asText()).isEqualTo("question");
    assertThat(first.get("title").asText()).isEqualTo("Why is self-attention scaled by √dₖ in Transformers?");
    List<Double> scores = new ArrayList<>();
    json.get("hits").forEach(h -> scores.add(h.get("score").asDouble()));
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(json.get("total").asInt()).isGreaterThan(5);
  }

  @Test
  void junkIsACalmEmptyAnswerNotAnError() {
    assertThat(run("search", "))((")).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).isEqualTo("Nothing to search for in \"))((\": no words, or only very common ones.\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aLimitBelowOneIsAUsageError() {
    assertThat(run("search", "softmax", "--limit", "0")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("--limit");
    assertThat(run("search")).isEqualTo(ExitCode.USAGE);
  }
}
