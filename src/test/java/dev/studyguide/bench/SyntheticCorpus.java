package dev.studyguide.bench;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.GuideConfig;
import dev.studyguide.model.GuideConfig.SourceEntry;
import dev.studyguide.model.Item;
import dev.studyguide.render.MathIndex;
import dev.studyguide.render.math.MathRequest;
import dev.studyguide.source.GuideConfigLoader;
import dev.studyguide.source.Ingest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a content folder N times the size of the real one: for each real document, N variants in the same
 * format. A variant keeps the document's frame (front matter, filler, headings, contents, footer) line for line
 * and fills its numbered slots (questions, sections) with the document's own units in a shuffled order, each
 * renumbered to its slot and with its text varied ({@link TextVariation}). So every variant has the real
 * document's structure and item count, with different text in different places. Seeded: the same seed and
 * scale always write the same bytes.
 *
 * <p>{@code topics.yaml} is copied when the real folder has one; {@code overrides.yaml} is not, since its
 * entries name items of the real files.
 */
public final class SyntheticCorpus {
  public static final long DEFAULT_SEED = 20_260_101L;
  /** Share of eligible words replaced: enough that copies of a question rarely read alike. */
  static final double SUBSTITUTION_RATE = 0.3;
  /** Marks a folder this class wrote, so it may be cleared and rewritten; nothing else is ever deleted. */
  static final String MARKER = ".synthetic-corpus";
  static final String TOPICS = "topics.yaml";

  private SyntheticCorpus() {}

  /** What was written: the folder, its sources in guide.yaml order, and the total size of the sources. */
  public record Written(Path dir, int scale, List<SourceEntry> sources, long sourceBytes) {}

  /** Generates {@code scale} variants of each source of {@code realContent} into {@code out}. */
  public static Written write(Path realContent, Path out, int scale, long seed) {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1, not " + scale);
    }
    GuideConfig config = realConfig(realContent);
    List<String> texts = config.sources().stream()
        .map(s -> read(realContent.resolve(Ingest.SOURCES_DIR).resolve(s.file()))).toList();
    TextVariation variation = new TextVariation(TextVariation.vocabulary(texts), SUBSTITUTION_RATE);
    Map<String, Set<String>> formulas = realFormulas(realContent);
    prepare(out);
    List<SourceEntry> written = new ArrayList<>();
    long bytes = 0;
    for (int doc = 0; doc < texts.size(); doc++) {
      SourceEntry real = config.sources().get(doc);
      boolean finalNewline = texts.get(doc).endsWith("\n");
      List<String> lines = lines(texts.get(doc));
      DocumentShape shape = DocumentShape.of(real.format());
      Layout layout = shape.cut(lines);
      TextVariation documentVariation = variation.with(FormulaVariation.of(texts.get(doc), TextVariation.UNTOUCHABLE,
          formulas.getOrDefault(real.file(), Set.of())));
      for (int v = 1; v <= scale; v++) {
        Random random = new Random(seed * 1_000_003L + doc * 10_007L + v);
        String text = String.join("\n", variant(shape, layout, documentVariation, random)) + (finalNewline ? "\n" : "");
        String file = variantName(real.file(), v);
        bytes += writeString(out.resolve(Ingest.SOURCES_DIR).resolve(file), text);
        written.add(new SourceEntry(file, real.title() + " (synthetic variant " + v + ")", real.format(), 0));
      }
    }
    writeString(out.resolve(GuideConfigLoader.FILE_NAME), guideYaml(config, written, scale));
    Path topics = realContent.resolve(TOPICS);
    if (Files.exists(topics)) {
      writeString(out.resolve(TOPICS), read(topics));
    }
    return new Written(out, scale, written, bytes);
  }

  /** One variant: frame as is, each slot filled by a shuffled unit of its kind, renumbered and varied. */
  static List<String> variant(DocumentShape shape, Layout layout, TextVariation variation, Random random) {
    Map<String, Deque<Layout.Unit>> pool = new LinkedHashMap<>();
    for (Layout.Unit unit : layout.units()) {
      pool.computeIfAbsent(unit.kind(), k -> new ArrayDeque<>()).add(unit);
    }
    for (Map.Entry<String, Deque<Layout.Unit>> kind : pool.entrySet()) {
      List<Layout.Unit> shuffled = new ArrayList<>(kind.getValue());
      Collections.shuffle(shuffled, random);
      kind.setValue(new ArrayDeque<>(shuffled));
    }
    List<String> out = new ArrayList<>();
    Map<String, String> placed = new HashMap<>();
    for (Layout.Part part : layout.parts()) {
      if (part instanceof Layout.Frame frame) {
        out.add(frame.line());
      } else if (part instanceof Layout.Unit slot) {
        List<String> unit = variation.vary(pool.get(slot.kind()).removeFirst().lines(), random);
        String header = shape.renumber(unit.get(0), slot.header());
        placed.put(slot.header(), header);
        out.add(header);
        out.addAll(unit.subList(1, unit.size()));
      }
    }
    return shape.finish(out, placed);
  }

  /**
   * Each real document's formulas as the reader reads them (TeX without delimiters), by file: what tells a
   * math span from a pair of prices, and the pool new formulas are drawn from.
   */
  static Map<String, Set<String>> realFormulas(Path realContent) {
    Map<String, Set<String>> formulas = new HashMap<>();
    Map<String, List<Item>> byFile = Ingest.read(realContent).items()
        .collect(Collectors.groupingBy(item -> item.source().file()));
    byFile.forEach((file, items) -> formulas.put(file, MathIndex.requests(items.stream()).stream()
        .map(MathRequest::tex).collect(Collectors.toSet())));
    return formulas;
  }

  /** {@code 000_abc.txt}, variant 7 → {@code 000_abc_x007.txt}: sorts with its original, never collides. */
  static String variantName(String realFile, int variant) {
    int dot = realFile.lastIndexOf('.');
    String stem = dot > 0 ? realFile.substring(0, dot) : realFile;
    String ext = dot > 0 ? realFile.substring(dot) : "";
    return String.format("%s_x%03d%s", stem, variant, ext);
  }

  private static GuideConfig realConfig(Path realContent) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    return GuideConfigLoader.load(realContent, diagnostics).orElseThrow(() -> new IllegalArgumentException(
        realContent.resolve(GuideConfigLoader.FILE_NAME) + " cannot be read: " + diagnostics));
  }

  private static String guideYaml(GuideConfig config, List<SourceEntry> sources, int scale) {
    StringBuilder yaml = new StringBuilder()
        .append("# Synthetic corpus, ").append(scale).append("x the real one; written by ")
        .append(SyntheticCorpus.class.getName()).append(". Do not edit: it is regenerated.\n")
        .append("title: ").append(quoted(config.title() + " (synthetic " + scale + "x)")).append('\n')
        .append("description: ").append(quoted(config.description())).append('\n')
        .append("baseUrl: \"\"\n")
        .append("sources:\n");
    for (SourceEntry s : sources) {
      yaml.append("  - file: ").append(quoted(s.file())).append('\n')
          .append("    title: ").append(quoted(s.title())).append('\n')
          .append("    format: ").append(s.format().configName()).append('\n');
    }
    return yaml.toString();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Lines without terminators; a final newline does not start another line (it is restored on writing). */
  private static List<String> lines(String text) {
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return Arrays.asList(body.split("\n", -1));
  }

  private static void prepare(Path out) {
    try {
      if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER))) {
        try (Stream<Path> entries = Files.list(out)) {
          if (entries.findAny().isPresent()) {
            throw new IllegalArgumentException(out + " is not empty and was not written by SyntheticCorpus");
          }
        }
      }
      Path sources = out.resolve(Ingest.SOURCES_DIR);
      if (Files.isDirectory(sources)) {
        try (Stream<Path> files = Files.list(sources)) {
          for (Path file : files.toList()) {
            Files.delete(file);
          }
        }
      }
      Files.deleteIfExists(out.resolve(TOPICS));
      Files.createDirectories(sources);
      Files.writeString(out.resolve(MARKER), "written by " + SyntheticCorpus.class.getName() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long writeString(Path file, String text) {
    try {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      Files.write(file, bytes);
      return bytes.length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
