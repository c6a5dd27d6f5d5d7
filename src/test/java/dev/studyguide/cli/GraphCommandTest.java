package dev.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GraphCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
  }

  @Test
  void printsTopicsWithTheirMergedQuestionsAsJson() throws Exception {
    assertThat(run("graph", "--json")).isEqualTo(ExitCode.OK);
    JsonNode topics = new ObjectMapper().readTree(out.toString()).get("topics");
    JsonNode kl = null;
    for (JsonNode topic : topics) {
      if (topic.get("id").asText().equals("kl-divergence")) {
        kl = topic;
      }
    }
    assertThat(kl).isNotNull();
    assertThat(kl.get("aliases").toString()).contains("Kullback-Leibler divergence");
    JsonNode first = kl.get("questions").get(0);
    assertThat(first.get("phrasings")).hasSize(3);
    assertThat(first.get("sources")).extracting(s -> s.get("label").asText()).containsExactly("#4", "#98", "#114");
    assertThat(kl.get("related").get(0).get("kind").asText()).isNotEmpty();
    assertThat(kl.get("parent").isNull()).isTrue();
    for (JsonNode topic : topics) {
      if (topic.get("id").asText().equals("elastic-net")) {
        assertThat(topic.get("parent").asText()).isEqualTo("regularization");
        assertThat(topic.get("page").asText()).isEqualTo("regularization"); // no item of its own: folded
      }
    }
  }

  @Test
  void printsAReviewReportWithMergesAndNearMisses() {
    assertThat(run("graph", "--report")).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("## Merges").contains("## Near misses").contains("## Topics with no items")
        .contains("000 #4").contains("merge threshold 0.70");
  }

  @Test
  void needsAFormat() {
    assertThat(run("graph")).isEqualTo(ExitCode.USAGE);
  }
}
