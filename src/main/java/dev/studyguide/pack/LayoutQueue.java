package dev.studyguide.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The documents left to lay out, handed to the layout threads in a given order (largest first, say) within a heap
 * budget: openhtmltopdf holds a whole document's DOM and box tree until its last page is written, so a large
 * guide's whole-guide documents each take a good part of the heap. Two of them side by side pushed a 30x guide
 * into back-to-back full collections (its PDFs took six times as long as a 10x guide's for three times the
 * content). A thread takes the first document in order that fits beside those in layout; when none fits it waits,
 * and a document larger than the whole budget runs alone, so any document can be laid out. Smaller documents fill
 * the other threads while a large one runs.
 */
final class LayoutQueue<T> {
  private final List<T> waiting;
  private final ToLongFunction<T> bytes;
  private final long budget;
  private long inUse;

  /**
   * {@code order}: which document goes first; {@code bytes}: a document's estimated heap in layout;
   * {@code budget}: what all layouts at once may hold.
   */
  LayoutQueue(List<T> documents, Comparator<T> order, ToLongFunction<T> bytes, long budget) {
    this.waiting = new ArrayList<>(documents);
    this.waiting.sort(order); // stable: ties keep the given order
    this.bytes = bytes;
    this.budget = Math.max(1, budget);
  }

  /** A document and the part of the budget it holds until {@link #done}. */
  record Taken<T>(T document, long weight) {}

  /** The first waiting document that fits the budget now (waiting until one does), empty when none is left. */
  synchronized Optional<Taken<T>> take() throws InterruptedException {
    while (!waiting.isEmpty()) {
      for (Iterator<T> it = waiting.iterator(); it.hasNext(); ) {
        T document = it.next();
        long weight = Math.min(budget, Math.max(1, bytes.applyAsLong(document)));
        if (inUse + weight <= budget) {
          it.remove();
          inUse += weight;
          return Optional.of(new Taken<>(document, weight));
        }
      }
      wait();
    }
    return Optional.empty();
  }

  /** Drops every document not yet taken: {@link #take} answers empty from now on. */
  synchronized void abandon() {
    waiting.clear();
    notifyAll();
  }

  /** Gives back what {@code taken} held. */
  synchronized void done(Taken<T> taken) {
    inUse -= taken.weight();
    notifyAll();
  }
}
