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
import java.util.Optional;

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
    try {
      Optional<String> exec = Files.readAllLines(script, StandardCharsets.UTF_8).stream()
          .map(String::strip).filter(l -> l.startsWith("exec java ")).findFirst();
      if (exec.isEmpty()) {
        return DEFAULT_TOOL_FLAGS;
      }
      List<String> out = new ArrayList<>();
      String[] words = (exec.get() + " " + nextLines(script, exec.get())).split("\\s+");
      for (int i = 2; i < words.length && !words[i].equals("-jar"); i++) {
        if (words[i].startsWith("-")) {
          out.add(words[i]);
        }
      }
      return out.isEmpty() ? DEFAULT_TOOL_FLAGS : out;
    } catch (IOException e) {
      return DEFAULT_TOOL_FLAGS;
    }
  }

  /** The script's continuation lines after {@code line} (those following a trailing backslash). */
  private static String nextLines(Path script, String line) throws IOException {
    List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8).stream().map(String::strip).toList();
    StringBuilder out = new StringBuilder();
    for (int i = lines.indexOf(line); i >= 0 && i < lines.size() && lines.get(i).endsWith("\\"); i++) {
      out.append(' ').append(i + 1 < lines.size() ? lines.get(i + 1) : "");
    }
    return out.toString().replace("\\", " ");
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
