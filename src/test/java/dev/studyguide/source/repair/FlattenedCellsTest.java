package dev.studyguide.source.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cell boundaries in 003's flattened table rows, rule by rule. */
class FlattenedCellsTest {

  @Test
  void capitalGluedToLowercaseStartsACell() {
    assertThat(FlattenedCells.splitStrong("MeasureBest For")).containsExactly("Measure", "Best For");
    assertThat(FlattenedCells.splitStrong("MethodUpdate UsesProsCons"))
        .containsExactly("Method", "Update Uses", "Pros", "Cons");
    assertThat(FlattenedCells.splitStrong("DecompositionFormRequirementKey Use in ML"))
        .containsExactly("Decomposition", "Form", "Requirement", "Key Use in ML");
  }

  @Test
  void capitalAfterABracketOrASuperscriptStartsACell() {
    assertThat(FlattenedCells.splitStrong("CholeskyA = LLᵀSymmetric positive definiteGaussian sampling, fast solvers"))
        .containsExactly("Cholesky", "A = LLᵀ", "Symmetric positive definite", "Gaussian sampling, fast solvers");
    String eigen = "EigendecompositionA = PDP⁻¹Square, n indep. eigenvectorsPCA, spectral methods";
    assertThat(FlattenedCells.splitStrong(eigen))
        .containsExactly("Eigendecomposition", "A = PDP⁻¹", "Square, n indep. eigenvectors", "PCA, spectral methods");
    assertThat(FlattenedCells.splitStrong("HyperparameterNoneC (regularization)C + kernel params (σ, p…)"))
        .containsExactly("Hyperparameter", "None", "C (regularization)", "C + kernel params (σ, p…)");
  }

  @Test
  void weakRulesApplyOnlyWhileCellsAreMissing() {
    String lu = "LUA = LUSquare (with pivoting for stability)Solving linear systems";
    assertThat(FlattenedCells.splitStrong(lu)).hasSize(2);
    assertThat(FlattenedCells.split(lu, 4))
        .containsExactly("LU", "A = LU", "Square (with pivoting for stability)", "Solving linear systems");
    assertThat(FlattenedCells.split("SVDA = UΣVᵀAny matrixDimensionality reduction", 4))
        .containsExactly("SVD", "A = UΣVᵀ", "Any matrix", "Dimensionality reduction");
    assertThat(FlattenedCells.split("Mini-Batch GDBatch of k samplesBalance of bothHyperparameter k", 4))
        .containsExactly("Mini-Batch GD", "Batch of k samples", "Balance of both", "Hyperparameter k");
    assertThat(FlattenedCells.split("SGD1 sampleFast, escapes local optimaNoisy, oscillates", 4))
        .containsExactly("SGD", "1 sample", "Fast, escapes local optima", "Noisy, oscillates");
    assertThat(FlattenedCells.split("Objectivemin ½‖w‖²min ½‖w‖² + CΣξᵢmin ½‖w‖² + CΣξᵢ with K", 4))
        .containsExactly("Objective", "min ½‖w‖²", "min ½‖w‖² + CΣξᵢ", "min ½‖w‖² + CΣξᵢ with K");
  }

  @Test
  void weakRulesDoNotTouchARowThatAlreadyHasItsCells() {
    String row = "Batch GDAll n samplesStable, smooth convergenceSlow for large data";
    assertThat(FlattenedCells.split(row, 3))
        .containsExactly("Batch GDAll n samples", "Stable, smooth convergence", "Slow for large data");
    assertThat(FlattenedCells.split(row, 4))
        .containsExactly("Batch GD", "All n samples", "Stable, smooth convergence", "Slow for large data");
  }
}
