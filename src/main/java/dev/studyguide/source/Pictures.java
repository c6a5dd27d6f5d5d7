package dev.studyguide.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Pictures kept beside the documents in the sources folder (a document shows them as images): they are not
 * documents, so a picture, or a folder holding nothing but pictures, is not reported as a file guide.yaml fails to
 * list.
 */
final class Pictures {
  private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg");

  private Pictures() {}

  /** Whether {@code path} is a picture file, or a folder whose files are all pictures. */
  static boolean only(Path path) {
    if (!Files.isDirectory(path)) {
      return isPicture(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile).allMatch(Pictures::isPicture);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isPicture(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
