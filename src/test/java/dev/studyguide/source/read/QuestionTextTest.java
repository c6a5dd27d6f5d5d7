package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a would-be question is once its number, mark and citations are off, and whether it asks: as a table. */
class QuestionTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      What is X? Why do we need it? 👶                   | What is X? Why do we need it?        | easy   | true
      12) What is X? [[src](https://e.org/a)]            | What is X?                           |        | true
      Q3. Batch normalization                            | Batch normalization                  |        | true
      [M] Given a matrix A, find x such that Ax = b.     | Given a matrix A, find x such that Ax = b. | medium | true
      Derive the posterior (hard)                        | Derive the posterior                 | hard   | true
      What is overfitting 🚀                             | What is overfitting                  | hard   | true
      Given a stream of numbers, design a sampler        | Given a stream of numbers, design a sampler |  | true
      How it works                                       | How it works                         |        | false
      How the optimizer chooses its step                 | How the optimizer chooses its step   |        | true
      Linear regression                                  | Linear regression                    |        | false
      Further reading                                    | Further reading                      |        | false
      Legend: 👶 easy ⭐️ medium 🚀 expert               | Legend: 👶 easy ⭐️ medium 🚀 expert |        | false
      """)
  void stripsAndAsks(String raw, String text, String difficulty, boolean asks) {
    QuestionText q = QuestionText.of(raw);

    assertThat(q.text()).isEqualTo(text);
    assertThat(q.difficulty()).isEqualTo(difficulty == null ? "" : difficulty);
    assertThat(q.asks()).isEqualTo(asks);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Why? [[src](https://a.org/x)]               | [src](https://a.org/x)
      Why? [[src]](https://a.org/x)               | [src](https://a.org/x)
      Why? ([source](https://a.org/x))            | [source](https://a.org/x)
      Why? [ref 2](https://a.org/x)               | [ref 2](https://a.org/x)
      How does [CBIR](https://a.org/x) work?      |
      """)
  void trailingCitationsBecomeSourceLinks(String raw, String link) {
    assertThat(QuestionText.of(raw).sourceLinks()).isEqualTo(link == null ? List.of() : List.of(link));
  }
}
