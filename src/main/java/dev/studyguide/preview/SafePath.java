package dev.studyguide.preview;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps a request path to a file inside the site folder, or to nothing. Decoding happens once, here; any path
 * that would leave the folder ({@code /../pom.xml}, {@code /%2e%2e/pom.xml}, a backslash, a NUL) maps to nothing.
 */
final class SafePath {
  private SafePath() {}

  static Optional<Path> resolve(Path root, String rawPath) {
    String decoded;
    try {
      decoded = URI.create("http://localhost" + rawPath).getPath();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (decoded == null || decoded.contains("\\") || decoded.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    for (String segment : decoded.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        return Optional.empty();
      }
    }
    String relative = decoded.startsWith("/") ? decoded.substring(1) : decoded;
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      return Optional.empty();
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }
}
