package dev.studyguide.bench;

import dev.studyguide.render.MathIndex;
import dev.studyguide.render.math.MathCache;
import dev.studyguide.render.math.MathEngineChoice;
import dev.studyguide.render.math.MathRequest;
import dev.studyguide.render.math.MathResult;
import dev.studyguide.render.math.MathTypesetter;
import dev.studyguide.source.Ingest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./bench math}: cold typesetting per engine. Each measurement is a fresh JVM (the tool's flags) that
 * reads a corpus, then starts an engine and typesets every distinct formula with no cache; the time covers the
 * engine's start (GraalJS parsing KaTeX, node loading it) and the typesetting, as a cold build pays them. The
 * engines and thread counts alternate within each round, so a busy machine slows them alike; medians over
 * {@code --runs} rounds. Corpora: the real content and the synthetic ones of {@code --scales} (whose formulas are
 * new ones, {@link FormulaVariation}). Each run also reports a digest of every output, so the table says whether
 * the engines gave the same bytes on formulas the engine test never saw.
 */
final class MathBench {
  static final String CHILD = "--child-math";

  private record Setup(MathEngineChoice engine, int threads) {
    String label() {
      return engine.name().toLowerCase(Locale.ROOT) + " x" + threads;
    }
  }

  private final BenchOptions options;
  private final ForkedJvm jvm;

  MathBench(BenchOptions options, ForkedJvm jvm) {
    this.options = options;
    this.jvm = jvm;
  }

  void run() {
    int cores = Runtime.getRuntime().availableProcessors();
    List<Setup> setups = new ArrayList<>();
    for (MathEngineChoice engine : List.of(MathEngineChoice.JVM, MathEngineChoice.NODE)) {
      setups.add(new Setup(engine, 1));
      if (cores > 1) {
        setups.add(new Setup(engine, cores));
      }
    }
    Map<String, Path> corpora = new LinkedHashMap<>();
    corpora.put("real", options.content());
    for (int scale : options.scales()) {
      Path dir = options.work().resolve("corpus-" + scale + "x");
      SyntheticCorpus.write(options.content(), dir, scale, options.seed());
      corpora.put(scale + "x", dir);
    }
    System.out.println("cold typesetting: engine start + every distinct formula, no cache; fresh JVM each; median of "
        + options.runs() + " (min-max)");
    System.out.println("corpus  engine threads formulas failed  total ms (min-max)      ms/formula  first ms  then ms/f"
        + "  outputs");
    for (Map.Entry<String, Path> corpus : corpora.entrySet()) {
      Map<Setup, List<ForkedJvm.Outcome>> outcomes = new LinkedHashMap<>();
      for (int round = 0; round < options.runs(); round++) {
        for (int i = 0; i < setups.size(); i++) {
          // Alternate the order too, so neither engine always runs right after the other.
          Setup setup = setups.get(round % 2 == 0 ? i : setups.size() - 1 - i);
          ForkedJvm.Outcome outcome = jvm.run(Bench.class.getName(), List.of(CHILD, setup.engine().name(),
              Integer.toString(setup.threads()), corpus.getValue().toString()));
          if (!outcome.ok()) {
            throw new IllegalStateException(setup.label() + " on " + corpus.getKey() + " failed: exit " + outcome.exit());
          }
          outcomes.computeIfAbsent(setup, s -> new ArrayList<>()).add(outcome);
        }
      }
      // Every setup typesets the same formulas; the engines are meant to give the same bytes, generated TeX too.
      String reference = outcomes.values().iterator().next().get(0).field("digest");
      outcomes.forEach((setup, runs) -> print(corpus.getKey(), setup, runs, reference));
    }
  }

  private static void print(String corpus, Setup setup, List<ForkedJvm.Outcome> runs, String reference) {
    Stats total = Stats.of(runs.stream().map(o -> Double.parseDouble(o.field("millis"))).toList());
    Stats first = Stats.of(runs.stream().map(o -> Double.parseDouble(o.field("start"))).toList());
    int formulas = Integer.parseInt(runs.get(0).field("formulas"));
    boolean same = runs.stream().allMatch(o -> o.field("digest").equals(reference));
    // "then": the rate once the engine is up, what a corpus many times larger pays per formula.
    System.out.printf(Locale.ROOT, "%-7s %-6s %7d %8d %6s  %8.0f %-15s %10.2f  %8.0f  %9.2f  %s%n", corpus,
        setup.engine().name().toLowerCase(Locale.ROOT), setup.threads(), formulas, runs.get(0).field("failed"),
        total.median(), String.format(Locale.ROOT, "(%.0f-%.0f)", total.min(), total.max()),
        total.median() / formulas, first.median(), (total.median() - first.median()) / Math.max(1, formulas - 1),
        same ? "same" : "DIFFER");
  }

  /** The measuring JVM: read the corpus, then time the engine's start and the typesetting of every formula. */
  static void child(String engine, int threads, Path content) {
    List<MathRequest> formulas = MathIndex.requests(Ingest.read(content).items());
    long begin = System.nanoTime();
    try (MathTypesetter typesetter = new MathTypesetter(MathCache.none(), threads,
        MathEngineChoice.valueOf(engine))) {
      typesetter.typeset(formulas.subList(0, Math.min(1, formulas.size())));
      long started = System.nanoTime();
      List<MathResult> results = typesetter.typeset(formulas);
      long end = System.nanoTime();
      System.out.println(String.format(Locale.ROOT, "%s\tformulas=%d\tfailed=%d\tstart=%.1f\tmillis=%.1f\tdigest=%s",
          StageRunner.RESULT, formulas.size(), results.stream().filter(r -> !r.succeeded()).count(),
          (started - begin) / 1e6, (end - begin) / 1e6, digest(results)));
    }
  }

  /** A fingerprint of every result in order (markup or error message), to compare engines without printing them. */
  private static String digest(List<MathResult> results) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (MathResult result : results) {
        String text = result instanceof MathResult.Rendered r ? "ok\n" + r.html()
            : "failed\n" + ((MathResult.Failed) result).message();
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
