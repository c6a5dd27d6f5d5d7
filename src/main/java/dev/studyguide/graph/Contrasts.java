package dev.studyguide.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two readings that keep apart questions whose clauses name the same topics in the same words but ask about
 * different things, which word overlap cannot see because only one word differs.
 *
 * <ul>
 *   <li><b>Parts.</b> A topic whose title joins things ("Vanishing and exploding gradients", "Bernoulli and binomial
 *       distributions", "Value iteration and policy iteration") covers each of them; a name or clause that has
 *       only one part's own words asks about that part. Two questions that ask about different parts ("the
 *       exploding gradient problem" against "the vanishing gradient problem") are different questions, however
 *       much else they share; one that names both parts conflicts with neither.
 *   <li><b>Grades.</b> A degree adverb right before a name ("strongly convex functions") grades the property the
 *       name states: the result asked about (a rate, a bound, a uniqueness) changes with it, so the clause asks
 *       about a narrower kind than the same clause without it. Only adverbs count: an adjective before a name
 *       ("hard-margin SVM", "ordinary least squares", "k-fold cross-validation") mostly names the usual case,
 *       and on the labelled pairs treating it as narrowing loses as many duplicates as it separates.
 * </ul>
 *
 * <p>Both come from the taxonomy's titles and the text's own morphology, not from a list of words.
 */
final class Contrasts {
  /** What joins a title's parts: "A and B", "A, B and C", "A vs B", "A or B". */
  private static final Pattern JOIN = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+(?:and|or|vs\\.?|versus)\\s+");
  /** An adverb of degree right before a name: a word in -ly of six letters or more ("strongly", "weakly"). */
  private static final Pattern ADVERB = Pattern.compile("\\b(\\p{L}{4,}ly)[\\s\\-]+$");

  private final ConceptAnalyzer analyzer;
  private final Map<String, List<Set<String>>> parts = new ConcurrentHashMap<>();

  Contrasts(ConceptAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Why the two questions ask different things about a topic both name, or empty when nothing sets them apart. */
  Optional<String> between(QuestionProfile a, QuestionProfile b) {
    Set<String> shared = new TreeSet<>(a.focus()); // sorted: the same reason every run
    shared.retainAll(b.focus());
    for (String topic : shared) {
      Set<Integer> partsA = partsNamed(topic, a);
      Set<Integer> partsB = partsNamed(topic, b);
      if (!partsA.isEmpty() && !partsB.isEmpty() && Collections.disjoint(partsA, partsB)) {
        return Optional.of("different parts of " + topic);
      }
      Set<String> gradesA = grades(topic, a);
      Set<String> gradesB = grades(topic, b);
      if (!gradesA.equals(gradesB)) {
        Set<String> only = new TreeSet<>(gradesA);
        only.addAll(gradesB);
        only.removeIf(g -> gradesA.contains(g) && gradesB.contains(g));
        return Optional.of("'" + String.join("', '", only) + "' grades " + topic + " in one question only");
      }
    }
    return Optional.empty();
  }

  /** The indexes of the parts of {@code topic}'s title whose own words the question's main clause has. */
  private Set<Integer> partsNamed(String topic, QuestionProfile profile) {
    List<Set<String>> own = parts(topic);
    if (own.isEmpty()) {
      return Set.of();
    }
    List<String> words = analyzer.terms(profile.shape().mainClause());
    Set<Integer> out = new TreeSet<>();
    for (int i = 0; i < own.size(); i++) {
      if (!Collections.disjoint(own.get(i), words)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Each part of a topic's title with the words only it has ("Vanishing and exploding gradients": {vanish},
   * {explod}); none for a title that joins nothing. The last part's last word, when it has more than one, is the
   * head all parts share ("Bernoulli and binomial distributions", "value iteration and policy iteration").
   */
  List<Set<String>> parts(String topic) {
    return parts.computeIfAbsent(topic, id -> {
      String[] joined = JOIN.split(analyzer.title(id));
      if (joined.length < 2) {
        return List.of();
      }
      List<List<String>> words = new ArrayList<>();
      for (String part : joined) {
        words.add(analyzer.terms(part).stream().filter(t -> !ConceptAnalyzer.isConcept(t)).toList());
      }
      List<String> last = words.get(words.size() - 1);
      Set<String> head = last.size() > 1 ? Set.of(last.get(last.size() - 1)) : Set.of();
      List<Set<String>> out = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        Set<String> own = new HashSet<>(words.get(i));
        own.removeAll(head);
        for (int j = 0; j < words.size(); j++) {
          if (j != i) {
            own.removeAll(words.get(j));
          }
        }
        out.add(Set.copyOf(own));
      }
      return List.copyOf(out);
    });
  }

  /** The degree adverbs right before the main clause's mentions of {@code topic}. */
  private Set<String> grades(String topic, QuestionProfile profile) {
    String clause = profile.shape().mainClause();
    Set<String> out = new TreeSet<>();
    for (ConceptAnalyzer.Mention mention : analyzer.mentions(clause)) {
      if (mention.topic().equals(topic)) {
        Matcher adverb = ADVERB.matcher(clause.substring(0, mention.start()));
        if (adverb.find()) {
          out.add(adverb.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }
}
