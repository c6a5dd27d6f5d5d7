package dev.studyguide.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A new guide for a user's own material ({@code studyguide init DIR}): the starter files under
 * {@code src/main/resources/init/}, listed with their destinations in {@code init/files.txt}: guide.yaml with one
 * example source, a small topics.yaml, an empty overrides.yaml, and a GitHub Pages workflow.
 */
public final class Scaffold {
  private static final String ROOT = "/init/";

  private Scaffold() {}

  /** Why a folder cannot take a new guide, if it cannot: it holds files already. */
  public static java.util.Optional<String> refusal(Path dir) {
    if (Files.isRegularFile(dir)) {
      return java.util.Optional.of(dir + " is a file (give a new or empty folder)");
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          return java.util.Optional.of(dir + " is not empty (give a new or empty folder; init never overwrites)");
        }
      } catch (IOException e) {
        return java.util.Optional.of(dir + " cannot be read: " + e.getMessage());
      }
    }
    return java.util.Optional.empty();
  }

  /** Writes the starter files into {@code dir} (new or empty) and returns their paths relative to it. */
  public static List<String> write(Path dir) throws IOException {
    List<String> written = new ArrayList<>();
    for (String line : resource("files.txt").lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.strip().split("\\s+");
      Path target = dir.resolve(parts[1]);
      Files.createDirectories(target.getParent());
      Files.writeString(target, resource(parts[0]), StandardCharsets.UTF_8);
      written.add(parts[1]);
    }
    return written;
  }

  private static String resource(String name) {
    try (InputStream in = Scaffold.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("starter file init/" + name + " missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
