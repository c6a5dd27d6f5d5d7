package dev.studyguide.graph;

import dev.studyguide.model.Item;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Items that fit no topic: an item that names no topic and whose best topic covers too little of what it says
 * ({@link TopicFit} below {@link #FIT_THRESHOLD}) is not forced onto that topic but listed under "More
 * questions" of the category its heading names, or under "Unsorted" when it names none. So is a note titled
 * after a whole category ("Linear Algebra"): it surveys the field rather than one topic. These places are
 * topics the build adds to the taxonomy (line 0, never in topics.yaml), so pages, search, study and packs treat
 * them like any other; {@code graph --suggest-topics} drafts real topics for what lands there.
 */
public final class MoreQuestions {
  /**
   * Chosen on labelled items (src/test/resources/fixtures/unsorted/labels.tsv, the tune half): every
   * out-of-taxonomy question there fits its best topic at most 0.29, every item rightly placed by guess at least
   * 0.40. {@code PlacementFitEvaluationTest} reports precision and recall on the held-out half.
   */
  public static final double FIT_THRESHOLD = 0.35;
  /** A category is named when the heading holds at least this share of the words of its title. */
  private static final double CATEGORY_NAMED = 0.5;
  public static final String UNSORTED = "unsorted";
  private static final String MORE_PREFIX = "more-";
  /**
   * Topics a round-up's body names at least. Notes placed by name on the real content name up to 13 (a long
   * section on loss functions), so only a note whose heading names no topic is judged by this at all.
   */
  private static final int ROUNDUP_TOPICS = 5;

  private final ConceptAnalyzer analyzer;
  private final Taxonomy taxonomy;

  MoreQuestions(ConceptAnalyzer analyzer, Taxonomy taxonomy) {
    this.analyzer = analyzer;
    this.taxonomy = taxonomy;
  }

  /** Whether the build made this topic (a category's More questions, or Unsorted) rather than topics.yaml. */
  public static boolean isBuilt(Topic topic) {
    return topic.line() == 0 && (topic.id().equals(UNSORTED) || topic.id().startsWith(MORE_PREFIX));
  }

  /** Placements of items that fit no topic, moved to More questions or Unsorted; the others as they were. */
  List<Placement> sort(List<Placement> placements, TopicFit fit, List<OffTopic> offTopic) {
    List<Placement> out = new ArrayList<>();
    for (Placement p : placements) {
      if (p.fit() != Placement.Fit.GUESSED) {
        out.add(p);
        continue;
      }
      Optional<String> surveyed = surveyedCategory(p.item());
      Set<String> roundup = surveyed.isPresent() ? Set.of() : roundupOf(p.item());
      Reason reason = surveyed.isPresent() ? Reason.NAMED_AFTER_CATEGORY
          : roundup.isEmpty() ? Reason.FITS_NO_TOPIC : Reason.ROUNDUP;
      double score = fit.of(p.item(), p.topic());
      if (reason == Reason.FITS_NO_TOPIC && score >= FIT_THRESHOLD) {
        out.add(p);
        continue;
      }
      Optional<String> category = switch (reason) {
        case NAMED_AFTER_CATEGORY -> surveyed;
        case ROUNDUP -> mostOf(roundup);
        case FITS_NO_TOPIC -> namedCategory(p.item());
      };
      String place = category.map(c -> MORE_PREFIX + c).orElse(UNSORTED);
      offTopic.add(new OffTopic(p, score, category.orElse(UNSORTED), reason, roundup.size()));
      out.add(new Placement(p.item(), place, List.of(), score, Placement.Fit.UNSORTED));
    }
    return out;
  }

  /** The taxonomy with a More questions topic for each category that needs one, and Unsorted last. */
  Taxonomy extend(List<OffTopic> offTopic) {
    Set<String> needed = new HashSet<>();
    offTopic.forEach(o -> needed.add(o.category()));
    if (needed.isEmpty()) {
      return taxonomy;
    }
    List<Category> categories = new ArrayList<>(taxonomy.categories());
    List<Topic> topics = new ArrayList<>(taxonomy.topics());
    for (Category category : taxonomy.categories()) {
      if (needed.contains(category.id())) {
        topics.add(new Topic(MORE_PREFIX + category.id(), "More " + category.title() + " questions", category.id(),
            List.of(), "Questions on " + category.title() + " that no topic of this guide covers yet.", 0,
            List.of(), 0));
      }
    }
    if (needed.contains(UNSORTED)) {
      categories.add(new Category(UNSORTED, "Unsorted", "Questions and notes that fit none of the guide's topics yet."));
      topics.add(new Topic(UNSORTED, "Unsorted questions", UNSORTED, List.of(),
          "Questions and notes that fit none of the guide's topics yet.", 0, List.of(), 0));
    }
    return new Taxonomy(categories, topics);
  }

  /** A note titled after a whole category, and nothing else: an overview of the field. */
  private Optional<String> surveyedCategory(Item item) {
    Set<String> title = new LinkedHashSet<>(analyzer.terms(item.title()));
    if (title.isEmpty() || item.isQuestion()) {
      return Optional.empty();
    }
    return bestCategory(title).filter(c -> titleTerms(c).containsAll(title));
  }

  /**
   * The topics a round-up names: a note whose heading names no topic ("Key Takeaways", "Summary") but whose body
   * names at least {@link #ROUNDUP_TOPICS} topics of more than one category sums up part of the guide rather than
   * saying more on whichever topic scores best for its words. Empty for any other item.
   */
  private Set<String> roundupOf(Item item) {
    if (item.isQuestion()) {
      return Set.of();
    }
    Set<String> named = analyzer.concepts(ProseText.details(item));
    long categories = named.stream().map(id -> taxonomy.topic(id).map(Topic::category).orElse(""))
        .distinct().count();
    return named.size() >= ROUNDUP_TOPICS && categories > 1 ? named : Set.of();
  }

  /** The category more than half of {@code topics} belong to, if one does. */
  private Optional<String> mostOf(Set<String> topics) {
    Map<String, Long> perCategory = new TreeMap<>();
    topics.forEach(id -> taxonomy.topic(id).ifPresent(t -> perCategory.merge(t.category(), 1L, Long::sum)));
    return perCategory.entrySet().stream().filter(e -> e.getValue() * 2 > topics.size()).map(Map.Entry::getKey)
        .findFirst();
  }

  /** The category whose title the item's heading or section names, if one does more than any other. */
  private Optional<String> namedCategory(Item item) {
    Set<String> words = new LinkedHashSet<>(analyzer.terms(ProseText.headline(item)));
    item.sectionPath().forEach(s -> words.addAll(analyzer.terms(s)));
    return bestCategory(words);
  }

  private Optional<String> bestCategory(Set<String> words) {
    String best = null;
    double bestShare = 0;
    boolean tie = false;
    for (Category category : taxonomy.categories()) {
      Set<String> title = titleTerms(category.id());
      double share = title.isEmpty() ? 0 : (double) title.stream().filter(words::contains).count() / title.size();
      if (share > bestShare) {
        best = category.id();
        bestShare = share;
        tie = false;
      } else if (share == bestShare && share > 0) {
        tie = true;
      }
    }
    return bestShare >= CATEGORY_NAMED && !tie ? Optional.of(best) : Optional.empty();
  }

  private Set<String> titleTerms(String categoryId) {
    return taxonomy.categories().stream().filter(c -> c.id().equals(categoryId)).findFirst()
        .map(c -> new LinkedHashSet<>(analyzer.terms(c.title()))).map(s -> (Set<String>) s).orElse(Set.of());
  }

  /** Why an item was moved off its best topic. */
  public enum Reason {
    /** It covers too little of what it says. */
    FITS_NO_TOPIC,
    /** It is named after a whole category: a survey of the field, placed by name. */
    NAMED_AFTER_CATEGORY,
    /** It sums up many topics of several categories (see {@link MoreQuestions#roundupOf}). */
    ROUNDUP
  }

  /**
   * An item moved off its best topic: where it would have gone, how well it fit, the category it went to, why,
   * and for a round-up how many topics it names.
   */
  public record OffTopic(Placement guess, double fit, String category, Reason reason, int topicsNamed)
      implements Serializable {
    /** Whether it was placed by what it is named after or sums up, so there is nothing for an editor to confirm. */
    public boolean placedByName() {
      return reason != Reason.FITS_NO_TOPIC;
    }
  }
}
