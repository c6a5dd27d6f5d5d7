package dev.studyguide.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The single writer of the output folder. Everything goes into a temporary sibling folder; {@link #commit()}
 * swaps it in with renames, so a failed or killed build leaves the previous site exactly as it was. The
 * sibling folders carry the builder's process id, so the next build can tell a killed build's leftovers from a
 * running one's and clean them up. Only a folder a build wrote (or a new or empty one) is ever replaced. A file
 * that says what the published one at its place says is not written again but linked to it.
 */
public final class OutputFolder implements AutoCloseable {
  /** Files every built site has; a folder without them holds someone's work and is never replaced. */
  private static final List<String> SITE_FILES = List.of("index.html", "search/index.js");
  private static final String BUILDING = ".building-";
  private static final String OLD = ".old-";

  private final Path target;
  private final Path staging;
  private final String suffix;
  /** The formulas whose markup text files get in place of their references. */
  private final FormulaRefs formulas;
  private boolean committed;

  private OutputFolder(Path target, Path staging, String suffix, FormulaRefs formulas) {
    this.target = target;
    this.staging = staging;
    this.suffix = suffix;
    this.formulas = formulas;
  }

  /** Why the output folder cannot be written, with what to do; its message is a sentence for the editor. */
  public static final class Unwritable extends IOException {
    Unwritable(String message) {
      super(message);
    }
  }

  /**
   * Fails, saying why and what to do, when a build could not replace {@code target}: the file-system root, a
   * file, a folder of files no build wrote, a read-only folder or one in a place this process may not write.
   */
  public static void checkReplaceable(Path target) throws Unwritable {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new Unwritable(absolute + " is the root of the file system (choose a folder of its own for the output)");
    }
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new Unwritable(absolute + " is a file, and a build replaces its output folder whole "
          + "(choose a new folder, or an earlier build's, for the output)");
    }
    if (Files.isDirectory(absolute) && !isEmpty(absolute)
        && !SITE_FILES.stream().allMatch(f -> Files.isRegularFile(absolute.resolve(f)))) {
      throw new Unwritable(absolute + " holds files no build wrote, and a build replaces its output folder whole "
          + "(choose a new or empty folder, or an earlier build's, for the output)");
    }
    if (Files.isDirectory(absolute) && !Files.isWritable(absolute)) {
      throw new Unwritable(absolute + " is read-only (make it writable, or choose another output folder)");
    }
    Path existing = parent;
    while (existing != null && !Files.isDirectory(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isWritable(existing)) {
      throw new Unwritable("cannot write in " + existing + ": permission denied "
          + "(make that folder writable, or choose an output folder where you can write)");
    }
  }

  /** Starts a new staging folder beside {@code target}, after {@link #checkReplaceable} and removing leftovers. */
  public static OutputFolder beside(Path target) throws IOException {
    return beside(target, FormulaRefs.NONE);
  }

  /** As above, for files of a rendered guide whose fragments refer to {@code formulas}. */
  public static OutputFolder beside(Path target, FormulaRefs formulas) throws IOException {
    checkReplaceable(target);
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    try {
      Files.createDirectories(parent);
    } catch (AccessDeniedException e) {
      throw new Unwritable("cannot create " + parent + ": permission denied "
          + "(create it yourself, or choose an output folder where you can write)");
    }
    recoverFromKilledBuilds(absolute);
    while (true) {
      String suffix = ProcessHandle.current().pid() + "-"
          + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
      try {
        // Not createTempDirectory: its folder is private (rwx------), and it becomes the published site.
        Path staging = Files.createDirectory(parent.resolve("." + absolute.getFileName() + BUILDING + suffix));
        return new OutputFolder(absolute, staging, suffix, formulas);
      } catch (FileAlreadyExistsException e) {
        // another build drew the same name: draw again
      } catch (AccessDeniedException e) {
        throw new Unwritable("cannot write in " + parent + ": permission denied "
            + "(make that folder writable, or choose an output folder where you can write)");
      }
    }
  }

  /**
   * Cleans up after builds whose process is gone: a site moved aside by a build killed before it could move the
   * new one in is moved back; staging and old folders left behind are deleted. A running build's are left alone.
   */
  private static void recoverFromKilledBuilds(Path target) throws IOException {
    Pattern leftover = Pattern.compile(Pattern.quote("." + target.getFileName()) + "\\.(building|old)-(\\d+)-[0-9a-z]+");
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      for (Path sibling : siblings.toList()) {
        Matcher m = leftover.matcher(sibling.getFileName().toString());
        if (m.matches() && !isRunning(Long.parseLong(m.group(2)))) {
          stale.add(sibling);
        }
      }
    }
    if (!Files.exists(target)) {
      Optional<Path> previous = stale.stream().filter(p -> p.getFileName().toString().contains(OLD))
          .max(Comparator.comparing(OutputFolder::modified));
      if (previous.isPresent()) {
        Files.move(previous.get(), target, StandardCopyOption.ATOMIC_MOVE);
        stale.remove(previous.get());
      }
    }
    stale.forEach(OutputFolder::deleteTree);
  }

  private static boolean isRunning(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static long modified(Path path) {
    try {
      return Files.getLastModifiedTime(path).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static boolean isEmpty(Path folder) throws Unwritable {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new Unwritable("cannot list " + folder + ": " + e.getMessage()
          + " (make it readable, or choose another output folder)");
    }
  }

  public Path dir() {
    return staging;
  }

  /** A text file; an HTML page with the markup of every formula it refers to (see {@link #isPage}). */
  public void write(String relativePath, String text) {
    String written = isPage(relativePath) ? formulas.expand(text) : text;
    write(relativePath, written.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether a file gets its formulas' markup: HTML pages only. There every "<" of source text is escaped, so a
   * reference can only be the renderer's; JSON and plain text carry source text as it is, where the same
   * characters are a document's own words (text made from fragments for them is expanded first).
   */
  private static boolean isPage(String relativePath) {
    return relativePath.endsWith(".html");
  }

  /** Text written as it is made, never held whole (a large guide's study cards are tens of megabytes). */
  public interface TextWriter {
    void writeTo(Writer writer) throws IOException;
  }

  /** {@code text} written out as UTF-8 straight into the file (a published file saying the same is kept). */
  public void write(String relativePath, TextWriter text) {
    try (OutputStream file = open(relativePath);
        Writer contents = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
        Writer writer = isPage(relativePath) ? formulas.expanding(contents) : contents) {
      text.writeTo(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + relativePath, e);
    }
  }

  /** {@code bytes} as the file (a published file saying the same is kept). */
  public void write(String relativePath, byte[] bytes) {
    try (OutputStream file = open(relativePath)) {
      file.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + relativePath, e);
    }
  }

  /**
   * A file of the staging folder, linked to the published file at the same place instead of written when the
   * two end up the same (see {@link LinkIfUnchanged}).
   */
  private OutputStream open(String relativePath) throws IOException {
    Path file = resolve(relativePath);
    Files.createDirectories(file.getParent());
    return new LinkIfUnchanged(file, target.resolve(staging.relativize(file)));
  }

  /** A path inside the staging folder; a path that would leave it is a bug, not input. */
  public Path resolve(String relativePath) {
    Path file = staging.resolve(relativePath).normalize();
    if (!file.startsWith(staging)) {
      throw new IllegalArgumentException("output path leaves the output folder: " + relativePath);
    }
    return file;
  }

  /**
   * Starts the staging folder with every file of the published site, as hard links (no copying): a build that
   * writes only some outputs (serve's pages first) publishes them beside the rest as they were. Files the build
   * writes replace their links; the published site is never written through.
   */
  public void startFromPublished() throws IOException {
    if (!Files.isDirectory(target)) {
      return;
    }
    try (Stream<Path> files = Files.walk(target)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path link = staging.resolve(target.relativize(file).toString());
        Files.createDirectories(link.getParent());
        Files.createLink(link, file);
      }
    }
  }

  /** Replaces the target with what was written: the old site moves aside, the new one in, the old one goes. */
  public void commit() throws IOException {
    Path old = target.resolveSibling("." + target.getFileName() + OLD + suffix);
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
      // A leftover folder is untidy but harmless; the next build tries again.
    }
  }
}
