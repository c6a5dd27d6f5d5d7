package dev.studyguide.render.math;

import java.util.List;

/**
 * Something that runs KaTeX: the same script ({@link KatexAssets#script()}), the same render function
 * ({@link KatexRenderer#RENDER_FUNCTION}), so every engine gives the same bytes for the same formula (a test
 * typesets every formula of the real content with each and compares). Safe to call from several threads.
 */
interface MathEngine extends AutoCloseable {

  /**
   * Typesets the formulas in order; TeX errors come back as {@link MathResult.Failed}.
   *
   * @throws Unavailable when the engine itself broke (a process that died, a reply that does not parse): the
   *     caller renders the formulas elsewhere
   */
  List<MathResult> render(List<MathRequest> requests);

  /** A short name for messages and benchmarks: {@code jvm} or {@code node}. */
  String name();

  @Override
  void close();

  /** The engine cannot render any more; nothing about the formulas is known. */
  final class Unavailable extends RuntimeException {
    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
