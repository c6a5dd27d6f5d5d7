package dev.studyguide.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One pipeline stage as the bench times it: what it needs set up first (not timed), and the timed work. To
 * bench another stage (the whole site {@code build} once it lands), add a class here and list it in
 * {@link #ALL}; the runner, the forked JVMs and the table need nothing else.
 *
 * @param <P> what {@link #prepare} sets up
 */
interface Stage<P> {
  List<Stage<?>> ALL = List.of(new IngestStage(), new GraphStage(), new AnswersStage());

  static Stage<?> named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no stage '" + name + "'"));
  }

  String name();

  /** One line saying what is timed, for the table's title. */
  String timed();

  /** Untimed setup in the measuring JVM, e.g. the corpus the graph stage starts from. */
  P prepare(Path content);

  /** The timed work; returns what it built so that it stays reachable while its heap is measured. */
  Object run(P prepared);

  /** A few words on what {@link #run} built ("5 docs, 468 items"), to show the runs did real work. */
  String describe(Object result);
}
