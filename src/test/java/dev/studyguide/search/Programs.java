package dev.studyguide.search;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Programs some tests drive (node, chromium), found on the PATH; those tests skip when one is missing. */
public final class Programs {
  private Programs() {}

  public static Optional<String> node() {
    return which("node");
  }

  public static Optional<String> chromium() {
    return which("chromium").or(() -> which("chromium-browser"));
  }

  static Optional<String> which(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate.toString());
      }
    }
    return Optional.empty();
  }
}
