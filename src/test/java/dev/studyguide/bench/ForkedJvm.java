package dev.studyguide.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one measurement in a fresh JVM with the flags the {@code ./studyguide} script gives the tool and a
 * heap limit, on a given class path. A fresh JVM per measurement keeps runs from sharing JIT state or
 * heap, gives start-up figures that mean something, and proves the heap bound: a run that needs more than
 * -Xmx exits with an out-of-memory error instead of finishing.
 */
final class ForkedJvm {
  /** Used when the script cannot say how it runs the tool. */
  private static final List<String> DEFAULT_TOOL_FLAGS = List.of("-XX:+UseParallelGC", "-XX:MaxNewSize=320m",
      "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dpolyglot.engine.WarnInterpreterOnly=false");

  private final List<String> flags;
  private final String classPath;

  /**
   * How {@code ./studyguide} runs the tool: its JVM flags (with its class-data archive, when it has one) and its
   * jar, empty when the script could not say (then the flags are the defaults).
   */
  record Tool(List<String> flags, Optional<Path> jar) {
    /** The flags without the class-data archive, which a JVM on another class path could not use. */
    List<String> flagsWithoutArchive() {
      return flags.stream().filter(f -> !f.startsWith("-XX:SharedArchiveFile=") && !f.startsWith("-Xlog:cds"))
          .toList();
    }

    boolean hasArchive() {
      return flags.size() != flagsWithoutArchive().size();
    }
  }

  /**
   * What a forked JVM did: exit code, wall clock just before it was launched, wall time from launch to exit,
   * and its {@code RESULT} fields.
   */
  record Outcome(int exit, long launchedAtMillis, double wallMillis, Map<String, String> result) {
    boolean ok() {
      return exit == 0;
    }

    String field(String name) {
      String value = result.get(name);
      if (value == null) {
        throw new IllegalStateException("no '" + name + "' in the result of a forked JVM: " + result);
      }
      return value;
    }
  }

  ForkedJvm(List<String> toolFlags, String xmx, String classPath) {
    List<String> all = new ArrayList<>(toolFlags);
    all.add("-Xmx" + xmx);
    all.add("-XX:+ExitOnOutOfMemoryError");
    this.flags = List.copyOf(all);
    this.classPath = classPath;
  }

  List<String> flags() {
    return flags;
  }

  String classPath() {
    return classPath;
  }

  /**
   * Asks {@code ./studyguide} for its java command ({@code STUDYGUIDE_PRINT_JAVA_COMMAND=1}: one word a line), so
   * the bench measures the tool as shipped. That also builds the jar and the class-data archive when they are
   * out of date.
   */
  static Tool tool(Path script) {
    ProcessBuilder builder = new ProcessBuilder(script.toAbsolutePath().toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("STUDYGUIDE_PRINT_JAVA_COMMAND", "1");
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      List<String> words;
      try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
        words = reader.lines().toList();
      }
      int jar = words.indexOf("-jar");
      if (process.waitFor() != 0 || words.isEmpty() || !words.get(0).equals("java") || jar < 0
          || jar + 1 >= words.size()) {
        return new Tool(DEFAULT_TOOL_FLAGS, Optional.empty());
      }
      return new Tool(List.copyOf(words.subList(1, jar)), Optional.of(Path.of(words.get(jar + 1))));
    } catch (IOException e) {
      return new Tool(DEFAULT_TOOL_FLAGS, Optional.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Runs {@code mainClass} with {@code args}; standard error goes to ours, standard output is read for the result. */
  Outcome run(String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      long launchedAt = System.currentTimeMillis();
      long start = System.nanoTime();
      Process process = builder.start();
      process.getOutputStream().close();
      Map<String, String> result = new LinkedHashMap<>();
      // Read all of standard output (a CLI may print megabytes of JSON), keep the RESULT line's fields.
      try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.startsWith(StageRunner.RESULT + "\t")) {
            for (String field : line.substring(StageRunner.RESULT.length() + 1).split("\t")) {
              int eq = field.indexOf('=');
              result.put(field.substring(0, eq), field.substring(eq + 1));
            }
          }
        }
      }
      int exit = process.waitFor();
      return new Outcome(exit, launchedAt, (System.nanoTime() - start) / 1e6, result);
    } catch (IOException e) {
      throw new UncheckedIOException("starting " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
