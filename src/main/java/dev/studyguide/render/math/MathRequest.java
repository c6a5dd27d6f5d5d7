package dev.studyguide.render.math;

import java.util.Objects;

/** One formula to typeset: TeX without its delimiters, and whether it stands alone ({@code $$…$$}). */
public record MathRequest(String tex, boolean display) {
  public MathRequest {
    Objects.requireNonNull(tex, "tex");
  }

  public static MathRequest inline(String tex) {
    return new MathRequest(tex, false);
  }

  public static MathRequest display(String tex) {
    return new MathRequest(tex, true);
  }
}
