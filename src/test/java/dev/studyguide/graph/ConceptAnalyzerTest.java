package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptAnalyzerTest {
  static Topic topic(String id, String title, String... aliases) {
    return new Topic(id, title, "c", List.of(aliases), "", 2, List.of(), 1);
  }

  private final ConceptAnalyzer analyzer = ConceptAnalyzer.of(new Taxonomy(List.of(new Category("c", "C", "")),
      List.of(topic("kl-divergence", "KL divergence", "Kullback-Leibler divergence", "relative entropy", "KL"),
          topic("entropy", "Entropy"),
          topic("cross-entropy", "Cross-entropy"),
          topic("map-estimation", "Maximum a posteriori estimation", "MAP"),
          topic("eigenvectors", "Eigenvalues and eigenvectors", "eigenvector", "eigenvalue"),
          topic("curse-of-dimensionality", "Curse of dimensionality"))));

  @Test
  void everyNameOfATopicYieldsTheSameConcept() {
    assertThat(analyzer.concepts("Explain the Kullback–Leibler divergence")).containsExactly("kl-divergence");
    assertThat(analyzer.concepts("What is relative entropy?")).containsExactly("kl-divergence");
    assertThat(analyzer.concepts("Why is KL(P||Q) asymmetric?")).containsExactly("kl-divergence");
  }

  @Test
  void keepsTheWordsBesideTheConcept() {
    assertThat(analyzer.terms("relative entropy")).containsExactly("topic:kl-divergence", "rel", "entropi");
  }

  @Test
  void matchesAcronymsOnlyInCapitals() {
    assertThat(analyzer.concepts("MAP vs MLE")).containsExactly("map-estimation");
    assertThat(analyzer.concepts("a feature map")).isEmpty();
  }

  @Test
  void matchesPluralsAndStopWordsInsideNames() {
    assertThat(analyzer.concepts("compute the eigenvectors")).containsExactly("eigenvectors");
    assertThat(analyzer.concepts("the curse of dimensionality")).containsExactly("curse-of-dimensionality");
  }

  @Test
  void prefersTheLongestNameAtAPosition() {
    assertThat(analyzer.concepts("the cross-entropy loss")).containsExactly("cross-entropy");
  }

  @Test
  void aWordANameAddsBeforeAnotherNamesHeadNarrowsTheTopic() {
    ConceptAnalyzer real = ConceptAnalyzer.of(RealGraph.TAXONOMY);
    assertThat(real.modifierWords("kl-divergence")).contains("forward", "revers").doesNotContain("diverg", "kl");
    assertThat(real.modifierWords("type-i-ii-errors")).contains("ii");
    assertThat(real.modifierWords("mle")).doesNotContain("estim"); // "maximum likelihood estimation" is MLE itself
    assertThat(real.conceptTerms("the reverse KL")).contains("revers");
    assertThat(real.conceptTerms("the Kullback-Leibler (KL) divergence")).containsOnly("topic:kl-divergence");
  }

  @Test
  void aMentionLinksTheLongestKnownTerm() {
    ConceptAnalyzer real = ConceptAnalyzer.of(RealGraph.TAXONOMY);
    // "basis" is a name of vector-spaces, but here part of "radial basis function (kernel)", a kernel's name.
    String rbf = "non-linear kernels (e.g., Gaussian Radial Basis Function (RBF)) in terms of flexibility";
    assertThat(real.mentions(rbf)).extracting(ConceptAnalyzer.Mention::topic).doesNotContain("vector-spaces");
    assertThat(real.mentions("a basis of the column space")).extracting(ConceptAnalyzer.Mention::topic)
        .contains("vector-spaces");
    String gp = "Gaussian processes put a Gaussian distribution on function values";
    assertThat(real.mentions(gp)).extracting(m -> m.topic() + "=" + gp.substring(m.start(), m.end()))
        .containsExactly("gaussian-processes=Gaussian processes", "gaussian-distribution=Gaussian distribution");
  }

  @Test
  void dropsStopWords() {
    assertThat(analyzer.terms("What is the gradient of a function")).containsExactly("gradient", "function");
  }

  @Test
  void reportsWhereEachTopicIsNamed() {
    String text = "Minimise the Kullback-Leibler divergence, not the cross-entropy.";
    assertThat(analyzer.mentions(text)).extracting(m -> text.substring(m.start(), m.end()))
        .containsExactly("Kullback-Leibler divergence", "cross-entropy");
  }
}
