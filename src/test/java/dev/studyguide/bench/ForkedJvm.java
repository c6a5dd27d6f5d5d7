package dev.studyguide.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one measurement in a fresh JVM with the flags the {@code ./studyguide} script gives the tool and a
 * heap limit, on this JVM's class path. A fresh JVM per measurement keeps runs from sharing JIT state or
 * heap, gives start-up figures that mean something, and proves the heap bound: a run that needs more than
 * -Xmx exits with an out-of-memory error instead of finishing.
 */
final class ForkedJvm {
  /** Used when the script's {@code exec java …} line cannot be read. */
  private static final List<String> DEFAULT_TOOL_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
      "-Xshare:auto", "-Dpolyglot.engine.WarnInterpreterOnly=false");

  private final List<String> flags;

  /** What a forked JVM did: exit code, wall time from launch to exit, and its {@code RESULT} fields. */
  record Outcome(int exit, double wallMillis, Map<String, String> result) {
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

  ForkedJvm(List<String> toolFlags, String xmx) {
    List<String> all = new ArrayList<>(toolFlags);
    all.add("-Xmx" + xmx);
    all.add("-XX:+ExitOnOutOfMemoryError");
    this.flags = List.copyOf(all);
  }

  List<String> flags() {
    return flags;
  }

  /** The JVM flags in {@code ./studyguide}'s {@code exec java} line, so the bench measures the tool as shipped. */
  static List<String> toolFlags(Path script) {
    String text;
    try {
      text = Files.readString(script, StandardCharsets.UTF_8).replace("\\\n", " ");
    } catch (IOException e) {
      return DEFAULT_TOOL_FLAGS;
    }
    for (String line : text.split("\n")) {
      if (line.strip().startsWith("exec java ")) {
        List<String> out = new ArrayList<>();
        for (String word : line.strip().substring("exec java ".length()).split("\\s+")) {
          if (word.equals("-jar")) {
            break;
          }
          if (word.startsWith("-")) {
            out.add(word);
          }
        }
        return out.isEmpty() ? DEFAULT_TOOL_FLAGS : List.copyOf(out);
      }
    }
    return DEFAULT_TOOL_FLAGS;
  }

  /** Runs {@code mainClass} with {@code args}; standard error goes to ours, standard output is read for the result. */
  Outcome run(String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
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
      return new Outcome(exit, (System.nanoTime() - start) / 1e6, result);
    } catch (IOException e) {
      throw new UncheckedIOException("starting " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
