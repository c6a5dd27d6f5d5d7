package dev.studyguide.source;

import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.GuideConfig;
import dev.studyguide.model.GuideConfig.SourceEntry;
import dev.studyguide.model.Item;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.model.SourceReading;
import dev.studyguide.source.read.Readers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The source stage: config, then each listed document loaded, read, and accounted for. */
public final class Ingest {
  public static final String SOURCES_DIR = "sources";

  private Ingest() {}

  /** Reads everything under {@code contentDir}; problems are in the corpus' diagnostics, never thrown. */
  public static Corpus read(Path contentDir) {
    return read(contentDir, new ReadingMemo());
  }

  /** As above, reusing from {@code memo} the readings of documents that have not changed since it was filled. */
  public static Corpus read(Path contentDir, ReadingMemo memo) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<GuideConfig> config = GuideConfigLoader.load(contentDir, diagnostics);
    if (config.isEmpty()) {
      return new Corpus(new GuideConfig("", "", "", List.of()), List.of(), diagnostics);
    }
    Path sourcesDir = contentDir.resolve(SOURCES_DIR);
    List<Read> reads = config.get().sources().parallelStream().map(entry -> readOne(sourcesDir, entry, memo))
        .toList();
    reads.forEach(read -> diagnostics.addAll(read.fileProblems()));
    List<SourceReading> readings = reads.stream().flatMap(read -> read.reading().stream()).toList();
    memo.keepOnly(readings.stream().map(reading -> reading.document().file()).toList());
    diagnostics.addAll(unlistedFiles(sourcesDir, config.get()));
    diagnostics.addAll(duplicateIds(readings));
    return new Corpus(config.get(), readings, diagnostics);
  }

  /** One listed source: its reading when the file could be loaded, and what was wrong with the file. */
  private record Read(Optional<SourceReading> reading, List<Diagnostic> fileProblems) {}

  private static Read readOne(Path dir, SourceEntry entry, ReadingMemo memo) {
    // Without a format the document is loaded as markdown and its format detected once it is read.
    DocumentLoader.Loaded loaded = DocumentLoader.load(dir.resolve(entry.file()), entry.title(),
        entry.givenFormat().orElse(SourceFormat.MARKDOWN));
    List<Diagnostic> problems = new ArrayList<>();
    for (Diagnostic d : loaded.diagnostics()) {
      // A missing file is the config's fault: point at the line that lists it.
      problems.add(d.line() == 0 && d.isError()
          ? new Diagnostic(d.severity(), GuideConfigLoader.FILE_NAME, entry.line(),
              entry.file() + ": " + d.message(), d.hint())
          : d);
    }
    Optional<SourceDocument> corrected = loaded.document().map(document -> {
      Corrections.Corrected c = Corrections.apply(document, entry.corrections());
      problems.addAll(c.problems());
      return c.document();
    });
    if (entry.givenFormat().isPresent()) {
      return new Read(corrected.map(document -> memo.read(document, Ingest::readDocument)), problems);
    }
    Optional<SourceReading> reading = corrected.map(document -> memo.read(document, Ingest::detectAndRead));
    reading.ifPresent(r -> problems.add(Diagnostic.info(entry.file(), 0,
        "read as " + r.document().format().configName() + " (no format given)")));
    return new Read(reading, problems);
  }

  static SourceReading readDocument(SourceDocument document) {
    return accounted(document, Readers.forFormat(document.format()).read(document));
  }

  /** The reading of the best-fitting reader (see {@link FormatDetection}). */
  static SourceReading detectAndRead(SourceDocument document) {
    FormatDetection.Detected detected = FormatDetection.detect(document);
    SourceDocument as = new SourceDocument(document.file(), document.title(), detected.format(), document.lines());
    return accounted(as, detected.reading());
  }

  /** The reading with the markup warnings for {@code document} as loaded, and the lines it left unaccounted. */
  private static SourceReading accounted(SourceDocument document, SourceReading reading) {
    List<Diagnostic> all = new ArrayList<>(reading.diagnostics());
    if (!Readers.forFormat(document.format()).readsHtml()) {
      all.addAll(MarkupScan.scan(document));
    }
    all.addAll(LineAccounting.diagnose(reading));
    // The title a reader found (the general reader's front matter) stands in for a missing one in guide.yaml.
    SourceDocument titled = new SourceDocument(document.file(), reading.document().title(), document.format(),
        document.lines());
    return new SourceReading(titled, reading.items(), reading.skipped(), all);
  }

  private static List<Diagnostic> unlistedFiles(Path dir, GuideConfig config) {
    Set<String> listed = config.sources().stream().map(SourceEntry::file).collect(Collectors.toSet());
    if (!Files.isDirectory(dir)) {
      return List.of(Diagnostic.error(dir.getFileName().toString(), 0, "sources folder is missing",
          "create it next to guide.yaml and put the documents in it"));
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> !Pictures.only(p)).map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith(".") && !listed.contains(name))
          .sorted()
          .map(name -> Diagnostic.warning(name, 0, "not listed in guide.yaml, so it is not read",
              "add it under 'sources:' in guide.yaml: " + SourceListing.entryFor(dir.resolve(name))
                  + ", or move it out of sources/"))
          .toList();
    } catch (IOException e) {
      return List.of(Diagnostic.error(dir.toString(), 0, "cannot list sources: " + e.getMessage(), ""));
    }
  }

  private static List<Diagnostic> duplicateIds(List<SourceReading> readings) {
    Map<String, Item> seen = new HashMap<>();
    List<Diagnostic> out = new ArrayList<>();
    for (SourceReading reading : readings) {
      for (Item item : reading.items()) {
        Item first = seen.putIfAbsent(item.id(), item);
        if (first != null) {
          out.add(Diagnostic.error(item.source().file(), item.source().fromLine(),
              "duplicate item id " + item.id() + " (label '" + item.source().label() + "' also at "
                  + first.source().position() + ")",
              "labels must be unique within a document"));
        }
      }
    }
    return out;
  }
}
