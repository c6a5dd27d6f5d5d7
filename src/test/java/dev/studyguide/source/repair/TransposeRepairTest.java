package dev.studyguide.source.repair;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.source.RealSources;
import org.junit.jupiter.api.Test;

/** 004 wrote the transpose as a superscript one; only a transpose may come back as ᵀ. */
class TransposeRepairTest {

  @Test
  void restoresBothTransposesOf004() {
    SourceDocument lesson = RealSources.load("004", SourceFormat.WEB_QA);
    assertThat(TransposeRepair.repair(lesson.line(6))).contains("A = UΣVᵀ decomposes").doesNotContain("¹");
    assertThat(TransposeRepair.repair(lesson.line(15))).contains("J = diag(s) - ssᵀ, where").doesNotContain("¹");
    assertThat(lesson.lines().stream().mapToInt(TransposeRepair::count).sum()).isEqualTo(2);
  }

  @Test
  void leavesInversesPowersAndFootnotesAlone() {
    assertThat(TransposeRepair.repair("AᵀA = I = AAᵀ → Aᵀ = A⁻¹")).isEqualTo("AᵀA = I = AAᵀ → Aᵀ = A⁻¹");
    assertThat(TransposeRepair.repair("d/dx(xⁿ) = nxⁿ⁻¹")).isEqualTo("d/dx(xⁿ) = nxⁿ⁻¹");
    assertThat(TransposeRepair.repair("as the theorem¹ shows")).isEqualTo("as the theorem¹ shows");
    String footnoteLike = "where x¹ denotes the first sample";
    assertThat(TransposeRepair.repair(footnoteLike)).isEqualTo(footnoteLike);
    assertThat(TransposeRepair.repair("y = x¹⁰")).isEqualTo("y = x¹⁰");
    assertThat(TransposeRepair.repair("f = g, then h¹ is new")).isEqualTo("f = g, then h¹ is new");
  }

  @Test
  void leaves003Untouched() {
    SourceDocument cheatSheet = RealSources.load("003", SourceFormat.WEB_CHEAT_SHEET);
    assertThat(cheatSheet.lines().stream().mapToInt(TransposeRepair::count).sum()).isZero();
  }
}
