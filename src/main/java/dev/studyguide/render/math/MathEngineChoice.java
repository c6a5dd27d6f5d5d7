package dev.studyguide.render.math;

import java.util.Locale;
import java.util.Optional;

/**
 * Which engine typesets: {@code auto} (the default) uses KaTeX under {@code node} when node can run it and the
 * in-JVM engine otherwise, without a word, since both give the same bytes; {@code jvm} forces GraalJS;
 * {@code node} insists on node (for benchmarks and tests: it fails rather than falls back). Set with the
 * system property {@code studyguide.math} or the environment variable {@code STUDYGUIDE_MATH}; the node
 * executable with {@code studyguide.node} or {@code STUDYGUIDE_NODE} (default {@code node} on the PATH).
 */
public enum MathEngineChoice {
  AUTO, NODE, JVM;

  /** What the property or environment asks for; {@link #AUTO} when neither says (or says something else). */
  public static MathEngineChoice configured() {
    String value = setting("studyguide.math", "STUDYGUIDE_MATH").orElse("auto").strip().toUpperCase(Locale.ROOT);
    for (MathEngineChoice choice : values()) {
      if (choice.name().equals(value)) {
        return choice;
      }
    }
    return AUTO;
  }

  /** Starts the chosen engine; {@code node} is the node executable. */
  MathEngine start(String node) {
    return switch (this) {
      case JVM -> new KatexRenderer();
      case NODE -> new NodeKatex(node);
      case AUTO -> {
        try {
          yield new NodeKatex(node);
        } catch (MathEngine.Unavailable noNode) {
          yield new KatexRenderer();
        }
      }
    };
  }

  /** Whether an engine that broke mid-build may be replaced by the in-JVM one. */
  boolean fallsBack() {
    return this == AUTO;
  }

  static String node() {
    return setting("studyguide.node", "STUDYGUIDE_NODE").orElse("node");
  }

  private static Optional<String> setting(String property, String variable) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
