package dev.studyguide.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The bench's command line: what to measure, on which corpora, how often. */
record BenchOptions(
    String command,
    int warmups,
    double warmupSeconds,
    int runs,
    int rounds,
    List<Integer> scales,
    String xmx,
    long seed,
    Path content,
    Path work,
    Optional<Path> topics,
    Optional<Path> baseline,
    Optional<String> gc) {

  static final String USAGE = """
      usage: ./bench COMMAND [options]
        ingest     time the source stage on the real corpus and on 1x, 10x, 100x synthetic ones
        graph      time the graph stage (taxonomy + graph builder on an ingested corpus), same corpora
        answers    time answer linking alone (passages, index, every question judged) on a built graph, same corpora
        startup    the five real documents in fresh JVMs: JVM start to Ingest.read done; CLI wall times
        serve      studyguide serve on the real content: a one-line edit to published / page served
                   (--warmup edits unmeasured, then --runs edits)
        build      the whole build (all outputs, cold, then warm) in fresh JVMs at each scale: stage tables,
                   peak heap, and each stage's growth between scales (--runs K builds per scale;
                   --baseline JAR: also that jar's)
        math       cold typesetting per engine (jvm: GraalJS, node) and thread count (1, cores) in fresh JVMs,
                   interleaved: every distinct formula of the real content and of the --scales corpora (default
                   10), total and per-formula ms, and whether the engines' outputs agree (--runs K: median of K, 3)
        all        startup, ingest and graph
        generate   only write the synthetic corpora (to look at them)
      options:
        --warmup W     unmeasured runs before measuring, per JVM (default 2; startup: W unmeasured sets of JVMs)
        --warmup-time S  and keep warming up until S seconds have passed (default 3)
        --runs K       measured runs per JVM (default 5; startup: K fresh JVMs of each kind)
        --rounds R     repeat the whole set of JVMs R times, interleaved, and pool the runs (default 1)
        --scales LIST  synthetic corpus sizes (default 1,10,100)
        --xmx SIZE     heap limit of every measuring JVM (default 512m: the target's bound; build: 2g)
        --seed S       generator seed (default %d)
        --content DIR  the real content folder (default content)
        --work DIR     where corpora are generated (default target/bench)
        --topics FILE  taxonomy for the graph bench (default content/topics.yaml, else a stand-in)
        --baseline JAR startup: also read the corpus with another build's jar (its lib/ beside it), with the
                       tool's flags but no class-data archive, side by side with this one; build: also build
                       with that jar (and the templates/ of its checkout), interleaved
        --gc NAME      build: also build with the collector -XX:+UseNAMEGC (Parallel, G1) instead of the tool's
      """.formatted(SyntheticCorpus.DEFAULT_SEED);

  static BenchOptions parse(String[] args) {
    if (args.length == 0 || args[0].startsWith("-")) {
      throw new IllegalArgumentException("missing COMMAND");
    }
    int warmups = 2;
    double warmupSeconds = 3;
    int runs = args[0].equals("math") ? 3 : 5;
    int rounds = 1;
    List<Integer> scales = args[0].equals("math") ? List.of(10) : List.of(1, 10, 100);
    String xmx = args[0].equals("build") ? "2g" : "512m";
    long seed = SyntheticCorpus.DEFAULT_SEED;
    Path content = Path.of("content");
    Path work = Path.of("target", "bench");
    Optional<Path> topics = Optional.empty();
    Optional<Path> baseline = Optional.empty();
    Optional<String> gc = Optional.empty();
    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
    while (!rest.isEmpty()) {
      String option = rest.remove(0);
      if (rest.isEmpty()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = rest.remove(0);
      switch (option) {
        case "--warmup" -> warmups = Integer.parseInt(value);
        case "--warmup-time" -> warmupSeconds = Double.parseDouble(value);
        case "--runs" -> runs = Integer.parseInt(value);
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--scales" -> scales = Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
        case "--xmx" -> xmx = value;
        case "--seed" -> seed = Long.parseLong(value);
        case "--content" -> content = Path.of(value);
        case "--work" -> work = Path.of(value);
        case "--topics" -> topics = Optional.of(Path.of(value));
        case "--baseline" -> baseline = Optional.of(Path.of(value));
        case "--gc" -> gc = Optional.of(value);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (runs < 1 || warmups < 0 || rounds < 1 || scales.stream().anyMatch(s -> s < 1)) {
      throw new IllegalArgumentException("--runs, --rounds and scales must be at least 1, --warmup at least 0");
    }
    return new BenchOptions(args[0], warmups, warmupSeconds, runs, rounds, scales, xmx, seed, content, work, topics,
        baseline, gc);
  }
}
