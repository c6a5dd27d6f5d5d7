package dev.studyguide.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility engine, from npm into a cache folder the first time the check needs it (so the
 * project carries no copy of it). Pinned, so a new release cannot change what the check reports.
 */
public final class AxeCore {
  public static final String VERSION = "4.14.1";

  private AxeCore() {}

  /** The script, installing it under {@code cache/axe-core-VERSION} when missing; else why it is not there. */
  public static Either find(Path cache) {
    Path folder = cache.resolve("axe-core-" + VERSION).toAbsolutePath();
    Path script = folder.resolve("node_modules/axe-core/axe.min.js");
    if (Files.isRegularFile(script)) {
      return new Either(Optional.of(script), "");
    }
    Optional<String> npm = Programs.npm();
    if (npm.isEmpty()) {
      return new Either(Optional.empty(), "npm is not installed, so axe-core cannot be installed");
    }
    try {
      Files.createDirectories(folder);
      Process install = new ProcessBuilder(npm.get(), "install", "--no-audit", "--no-fund", "--silent",
          "--prefix", folder.toString(), "axe-core@" + VERSION).redirectErrorStream(true)
          .redirectOutput(folder.resolve("npm.log").toFile()).start();
      if (!install.waitFor(3, TimeUnit.MINUTES)) {
        install.destroyForcibly();
        return new Either(Optional.empty(), "npm install axe-core timed out (see " + folder.resolve("npm.log") + ")");
      }
      if (install.exitValue() != 0 || !Files.isRegularFile(script)) {
        return new Either(Optional.empty(), "npm install axe-core@" + VERSION + " failed (see "
            + folder.resolve("npm.log") + ")");
      }
      return new Either(Optional.of(script), "");
    } catch (IOException e) {
      return new Either(Optional.empty(), "cannot install axe-core into " + folder + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Either(Optional.empty(), "interrupted while installing axe-core");
    }
  }

  /** The script, or the reason there is none. */
  public record Either(Optional<Path> script, String missing) {}
}
