package dev.studyguide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a command's text result to a file (atomically when it is a regular file) or to standard output. */
final class OutputFile {
  private OutputFile() {}

  static int write(String text, Path file, PrintWriter out, PrintWriter err) {
    if (file == null) {
      out.print(text);
      out.flush();
      return ExitCode.OK;
    }
    try {
      Path absolute = file.toAbsolutePath();
      if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
        // A device or pipe (/dev/null, /dev/stdout): write into it; renaming over it would replace it.
        Files.writeString(absolute, text, StandardCharsets.UTF_8);
        return ExitCode.OK;
      }
      Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return ExitCode.OK;
    } catch (IOException e) {
      err.println(file + ": cannot write: " + e.getMessage() + " (choose a writable --out)");
      err.flush();
      return ExitCode.OUTPUT_FAILED;
    }
  }
}
