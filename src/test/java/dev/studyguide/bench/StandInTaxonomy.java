package dev.studyguide.bench;

/**
 * A small taxonomy for benchmarking the graph stage in a checkout without {@code content/topics.yaml}: twenty
 * topics the five documents all discuss, in five categories. Its figures say how the graph stage scales, not
 * what the real taxonomy costs (that one has many more topics, so a larger synonym map and topic index).
 */
final class StandInTaxonomy {
  static final String YAML = """
      # Stand-in taxonomy written by the benchmark because content/topics.yaml was missing.
      categories:
        - id: probability
          title: Probability & Statistics
        - id: linear-algebra
          title: Linear Algebra
        - id: optimization
          title: Optimization
        - id: classical-ml
          title: Classical Machine Learning
        - id: deep-learning
          title: Deep Learning
      topics:
        - {id: bayes-theorem, title: Bayes' theorem, category: probability, aliases: [Bayes rule]}
        - {id: mle, title: Maximum likelihood estimation, category: probability,
           aliases: [MLE, maximum likelihood]}
        - {id: map-estimation, title: Maximum a posteriori, category: probability,
           aliases: [MAP estimation]}
        - {id: kl-divergence, title: KL divergence, category: probability,
           aliases: [Kullback-Leibler divergence, KL]}
        - {id: entropy, title: Entropy, category: probability, aliases: [Shannon entropy]}
        - {id: central-limit-theorem, title: Central limit theorem, category: probability, aliases: [CLT]}
        - {id: eigenvalues, title: Eigenvalues and eigenvectors, category: linear-algebra,
           aliases: [eigenvalue, eigenvector]}
        - {id: svd, title: Singular value decomposition, category: linear-algebra, aliases: [SVD]}
        - {id: gradient-descent, title: Gradient descent, category: optimization, aliases: [gradient descent update]}
        - {id: sgd, title: Stochastic gradient descent, category: optimization, aliases: [SGD]}
        - {id: convexity, title: Convex optimization, category: optimization, aliases: [convex function, convexity]}
        - {id: kkt, title: KKT conditions, category: optimization,
           aliases: [Karush-Kuhn-Tucker conditions, KKT]}
        - {id: linear-regression, title: Linear regression, category: classical-ml,
           aliases: [ordinary least squares, OLS]}
        - {id: logistic-regression, title: Logistic regression, category: classical-ml}
        - {id: svm, title: Support vector machines, category: classical-ml,
           aliases: [support vector machine, SVM]}
        - {id: pca, title: Principal component analysis, category: classical-ml, aliases: [PCA]}
        - {id: regularization, title: Regularization, category: classical-ml, aliases: [ridge regression, lasso]}
        - {id: backpropagation, title: Backpropagation, category: deep-learning, aliases: [backprop]}
        - {id: softmax, title: Softmax, category: deep-learning, aliases: [softmax function]}
        - {id: attention, title: Attention, category: deep-learning, aliases: [self-attention, transformer]}
      """;

  private StandInTaxonomy() {}
}
