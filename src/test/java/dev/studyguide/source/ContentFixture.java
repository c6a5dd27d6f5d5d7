package dev.studyguide.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small content folder written into a temporary directory, for tests of bad and edge-case input. */
public final class ContentFixture {
  private final Path dir;

  public ContentFixture(Path dir) {
    this.dir = dir;
    try {
      Files.createDirectories(dir.resolve("sources"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  public ContentFixture guide(String yaml) {
    return file("guide.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A guide listing one source of the given format. */
  public ContentFixture guideWithSource(String file, String format) {
    return guide("title: Fixture guide\nsources:\n  - file: " + file + "\n    title: Fixture\n    format: " + format + "\n");
  }

  public ContentFixture source(String name, String text) {
    return source(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public ContentFixture source(String name, byte[] bytes) {
    return file("sources/" + name, bytes);
  }

  private ContentFixture file(String relative, byte[] bytes) {
    try {
      Files.write(dir.resolve(relative), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
