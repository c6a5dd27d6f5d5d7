package dev.studyguide.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Where a start-up child JVM finds its classes: the bench's own classes as a jar in front of the tool's jar, and a
 * class-data archive for that class path made the way {@code ./studyguide} makes its own (a training run of
 * {@code normalize}), when the tool has one.
 *
 * <p>In front, because that is where the CLI's main class is, in the first jar. Behind the tool's jar, finding the
 * bench's main class would first open every library jar the tool's manifest lists, which costs a fresh JVM some
 * 30 ms the tool itself never pays. And the launcher's archive cannot be used on this class path: the JVM takes an
 * archive only on the class path it was made on, or one that extends it at the end.
 */
record StartupChild(String classPath, Optional<Path> archive) {
  private static final String BENCH_PACKAGE = "dev/studyguide/bench";

  /** The child's jar and archive for {@code toolJar}, written under {@code dir}. */
  static StartupChild prepare(ForkedJvm.Tool tool, Path toolJar, Path dir, Path content) {
    try {
      Files.createDirectories(dir);
      Path jar = dir.resolve("bench-child.jar");
      writeJar(benchClasses(), jar);
      String classPath = jar.toAbsolutePath() + File.pathSeparator + toolJar;
      Optional<Path> archive = tool.hasArchive()
          ? train(tool, classPath, dir.resolve("bench-child.jsa"), content)
          : Optional.empty();
      return new StartupChild(classPath, archive);
    } catch (IOException e) {
      throw new UncheckedIOException("preparing the start-up child in " + dir, e);
    }
  }

  /** The same child's class path with another build's jar instead of the tool's. */
  String classPathWith(Path otherJar) {
    return classPath.substring(0, classPath.indexOf(File.pathSeparator) + 1) + otherJar.toAbsolutePath();
  }

  /** The tool's flags, with this child's archive instead of the tool's when there is one. */
  List<String> flags(ForkedJvm.Tool tool) {
    List<String> flags = new ArrayList<>(tool.flagsWithoutArchive());
    archive.ifPresent(a -> flags.addAll(List.of("-XX:SharedArchiveFile=" + a, "-Xlog:cds=off",
        "-Xlog:cds+dynamic=off")));
    return flags;
  }

  private static Optional<Path> train(ForkedJvm.Tool tool, String classPath, Path archive, Path content)
      throws IOException {
    Path trial = archive.resolveSibling(archive.getFileName() + ".tmp");
    Files.deleteIfExists(trial);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(tool.flagsWithoutArchive());
    command.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:ArchiveClassesAtExit=" + trial,
        "-cp", classPath, "dev.studyguide.cli.Main", "normalize", "--json", "--content", content.toString()));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      process.waitFor(); // normalize exits non-zero on errors in the sources; the archive is good all the same
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (!Files.isRegularFile(trial) || Files.size(trial) == 0) {
      return Optional.empty();
    }
    return Optional.of(Files.move(trial, archive, StandardCopyOption.REPLACE_EXISTING).toAbsolutePath());
  }

  private static void writeJar(Path classes, Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes.resolve(BENCH_PACKAGE))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
  }

  /** Where the bench's own classes are (target/test-classes). */
  private static Path benchClasses() {
    try {
      return Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
