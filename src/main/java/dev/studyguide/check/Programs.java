package dev.studyguide.check;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Programs the accessibility check and some tests drive (node, npm, chromium), found on the PATH; what needs one
 * that is missing is skipped, with a notice.
 */
public final class Programs {
  private Programs() {}

  public static Optional<String> node() {
    return which("node");
  }

  public static Optional<String> chromium() {
    return which("chromium").or(() -> which("chromium-browser"));
  }

  public static Optional<String> npm() {
    return which("npm");
  }

  public static Optional<String> which(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate.toString());
      }
    }
    return Optional.empty();
  }
}
