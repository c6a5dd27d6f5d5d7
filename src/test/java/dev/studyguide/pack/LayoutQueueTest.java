package dev.studyguide.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layout threads get the first document in order that fits beside those in layout, so the heap never holds
 * more documents in layout than the budget allows, yet a document larger than the whole budget is still laid out.
 */
class LayoutQueueTest {
  /** A document named for its weight in the queue. */
  private record Doc(String name, long bytes) {}

  private static final Comparator<Doc> LARGEST_FIRST = Comparator.comparingLong(Doc::bytes).reversed();

  @Test
  void handsOutTheLargestThatFitsBesideThoseInLayout() throws InterruptedException {
    LayoutQueue<Doc> queue = queue(10, 5, 3, 8, 1);

    var first = queue.take().orElseThrow();
    var second = queue.take().orElseThrow();
    assertThat(List.of(first.document().bytes(), second.document().bytes())).containsExactly(8L, 1L);

    queue.done(first);
    assertThat(names(queue, 2)).containsExactly("5", "3");
  }

  @Test
  void aDocumentLargerThanTheBudgetRunsAloneAndStillRuns() throws InterruptedException {
    LayoutQueue<Doc> queue = queue(10, 25, 2);

    var huge = queue.take().orElseThrow();
    assertThat(huge.document().name()).isEqualTo("25");
    assertThat(huge.weight()).isEqualTo(10);
    queue.done(huge);
    assertThat(names(queue, 1)).containsExactly("2");
    assertThat(queue.take()).isEmpty();
  }

  @Test
  void anEarlierDocumentInOrderGoesFirstWhateverItsSize() throws InterruptedException {
    Comparator<Doc> byName = Comparator.comparing(Doc::name);
    LayoutQueue<Doc> queue = new LayoutQueue<>(List.of(new Doc("b", 9), new Doc("a", 2), new Doc("c", 5)),
        byName, Doc::bytes, 10);

    var first = queue.take().orElseThrow();
    assertThat(first.document().name()).isEqualTo("a");
    assertThat(queue.take().orElseThrow().document().name()).as("b does not fit beside a; c does").isEqualTo("c");
  }

  @Test
  void equalDocumentsKeepTheirGivenOrder() throws InterruptedException {
    LayoutQueue<Doc> queue = new LayoutQueue<>(List.of(new Doc("a", 2), new Doc("b", 2), new Doc("c", 2)),
        LARGEST_FIRST, Doc::bytes, 100);
    assertThat(names(queue, 3)).containsExactly("a", "b", "c");
  }

  @Test
  void abandonedLeavesNothingToTake() throws InterruptedException {
    LayoutQueue<Doc> queue = queue(10, 4, 4);
    queue.abandon();
    assertThat(queue.take()).isEmpty();
  }

  private static LayoutQueue<Doc> queue(long budget, long... weights) {
    List<Doc> docs = new ArrayList<>();
    for (long w : weights) {
      docs.add(new Doc(Long.toString(w), w));
    }
    return new LayoutQueue<>(docs, LARGEST_FIRST, Doc::bytes, budget);
  }

  private static List<String> names(LayoutQueue<Doc> queue, int count) throws InterruptedException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(queue.take().orElseThrow().document().name());
    }
    return names;
  }
}
