package dev.studyguide.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** An I/O failure in words: the file and what went wrong, not the exception's class and bare path. */
final class OutputFailure {
  private OutputFailure() {}

  static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    if (cause instanceof AccessDeniedException denied) {
      return denied.getFile() + ": permission denied";
    }
    if (cause instanceof NoSuchFileException missing) {
      return missing.getFile() + ": no such file or folder";
    }
    if (cause instanceof FileSystemException fs && fs.getReason() != null) {
      return (fs.getFile() == null ? "" : fs.getFile() + ": ") + fs.getReason();
    }
    return cause instanceof IOException && cause.getMessage() != null ? cause.getMessage() : String.valueOf(cause);
  }
}
