package dev.studyguide.render.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MathTypesetterTest {

  private static final MathRequest FRACTION = MathRequest.inline("\\frac{a}{b}");
  private static final MathRequest SUM = MathRequest.display("\\sum_{i=1}^{N} x_i");
  private static final MathRequest BROKEN = MathRequest.inline("x^{2");

  @TempDir
  Path cacheDir;

  @Test
  void resultsComeBackInRequestOrderAndEachDistinctFormulaIsRenderedOnce() {
    try (MathTypesetter typesetter = new MathTypesetter(MathCache.in(cacheDir), 2)) {
      List<MathResult> results = typesetter.typeset(List.of(FRACTION, SUM, BROKEN, FRACTION));

      assertThat(results).hasSize(4);
      assertThat(results.get(0)).isEqualTo(results.get(3));
      assertThat(((MathResult.Rendered) results.get(0)).html()).startsWith("<span class=\"katex\">");
      assertThat(((MathResult.Rendered) results.get(1)).html()).startsWith("<span class=\"katex-display\">");
      assertThat(results.get(2)).isInstanceOf(MathResult.Failed.class);
      assertThat(typesetter.rendered()).isEqualTo(3);
    }
  }

  @Test
  void aRebuildWithAWarmCacheNeverStartsKatex() {
    List<MathRequest> formulas = List.of(FRACTION, SUM, BROKEN);
    List<MathResult> first;
    try (MathTypesetter cold = new MathTypesetter(MathCache.in(cacheDir), 2)) {
      first = cold.typeset(formulas);
      assertThat(cold.engineStarted()).isTrue();
    }

    try (MathTypesetter warm = new MathTypesetter(MathCache.in(cacheDir), 2)) {
      assertThat(warm.typeset(formulas)).isEqualTo(first);
      assertThat(warm.engineStarted()).isFalse();
      assertThat(warm.rendered()).isZero();
    }
  }

  @Test
  void aRebuildRendersOnlyTheFormulasItHasNotSeen() {
    try (MathTypesetter cold = new MathTypesetter(MathCache.in(cacheDir), 1)) {
      cold.typeset(List.of(FRACTION, SUM));
    }

    try (MathTypesetter edited = new MathTypesetter(MathCache.in(cacheDir), 1)) {
      List<MathResult> results = edited.typeset(List.of(FRACTION, MathRequest.inline("\\sqrt{2}"), SUM));

      assertThat(edited.rendered()).isEqualTo(1);
      assertThat(results).allMatch(MathResult::succeeded);
    }
  }

  @Test
  void withoutACacheEveryBatchIsRendered() {
    try (MathTypesetter typesetter = new MathTypesetter(MathCache.none(), 1)) {
      MathResult first = typesetter.typeset(FRACTION);
      MathResult again = typesetter.typeset(FRACTION);

      assertThat(again).isEqualTo(first);
      assertThat(typesetter.rendered()).isEqualTo(2);
    }
  }

  @Test
  void anEmptyBatchStartsNothing() {
    try (MathTypesetter typesetter = new MathTypesetter(MathCache.none(), 2)) {
      assertThat(typesetter.typeset(List.of())).isEmpty();
      assertThat(typesetter.engineStarted()).isFalse();
    }
  }

  @Test
  void aClosedTypesetterRefusesWork() {
    MathTypesetter typesetter = new MathTypesetter(MathCache.none(), 1);
    typesetter.close();

    assertThatThrownBy(() -> typesetter.typeset(FRACTION)).isInstanceOf(IllegalStateException.class);
  }
}
