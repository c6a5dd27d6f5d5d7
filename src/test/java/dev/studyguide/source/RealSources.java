package dev.studyguide.source;

import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The five real documents in content/sources, loaded as the build loads them. */
public final class RealSources {
  public static final Path DIR = Path.of("content", "sources");

  private RealSources() {}

  /** The source whose file name starts with {@code prefix} ("000" … "004"), repaired and normalized. */
  public static SourceDocument load(String prefix, SourceFormat format) {
    return DocumentLoader.load(path(prefix), prefix, format).document().orElseThrow();
  }

  public static Path path(String prefix) {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
