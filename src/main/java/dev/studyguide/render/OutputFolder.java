package dev.studyguide.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The single writer of the output folder. Everything goes into a temporary sibling folder; {@link #commit()}
 * swaps it in with renames, so a failed or killed build leaves the previous site exactly as it was.
 */
public final class OutputFolder implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private boolean committed;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Starts a new staging folder beside {@code target}; fails when the parent is not writable. */
  public static OutputFolder beside(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-");
    return new OutputFolder(absolute, staging);
  }

  public Path dir() {
    return staging;
  }

  public void write(String relativePath, String text) {
    write(relativePath, text.getBytes(StandardCharsets.UTF_8));
  }

  public void write(String relativePath, byte[] bytes) {
    Path file = resolve(relativePath);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + relativePath, e);
    }
  }

  /** A path inside the staging folder; a path that would leave it is a bug, not input. */
  public Path resolve(String relativePath) {
    Path file = staging.resolve(relativePath).normalize();
    if (!file.startsWith(staging)) {
      throw new IllegalArgumentException("output path leaves the output folder: " + relativePath);
    }
    return file;
  }

  /** Replaces the target with what was written: the old site moves aside, the new one in, the old one goes. */
  public void commit() throws IOException {
    Path old = target.resolveSibling("." + target.getFileName() + ".old-" + staging.getFileName());
    boolean hadOld = Files.exists(target);
    if (hadOld) {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (hadOld) {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    committed = true;
    if (hadOld) {
      deleteTree(old);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      deleteTree(staging);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // A leftover temporary folder is untidy but harmless; the next build makes a new one.
    }
  }
}
