package dev.studyguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

/** What the search stage keeps of its analyses: for serve's next build, and nothing for a build run once. */
class AnalysisMemoTest {
  private final StandardAnalyzer concepts = new StandardAnalyzer();
  private final AtomicInteger analysed = new AtomicInteger();

  private List<String> words(AnalysisMemo memo, String text) {
    return memo.words("terms", text, t -> {
      analysed.incrementAndGet();
      return List.of(t.split(" "));
    });
  }

  @Test
  void aTextAnalysedInOneBuildIsNotAnalysedAgainInTheNext() {
    AnalysisMemo memo = new AnalysisMemo(concepts);
    assertThat(words(memo, "kl divergence")).containsExactly("kl", "divergence");
    memo.nextBuild();
    assertThat(words(memo, "kl divergence")).containsExactly("kl", "divergence");
    assertThat(analysed).hasValue(1);
  }

  @Test
  void aMemoForOneBuildRemembersNothing() {
    AnalysisMemo memo = AnalysisMemo.forOneBuild(concepts);
    words(memo, "kl divergence");
    assertThat(words(memo, "kl divergence")).containsExactly("kl", "divergence");
    assertThat(analysed).hasValue(2);
  }
}
