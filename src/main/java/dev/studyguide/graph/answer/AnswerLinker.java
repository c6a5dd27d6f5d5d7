package dev.studyguide.graph.answer;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.Overrides;
import dev.studyguide.graph.OverridesLoader;
import dev.studyguide.graph.Placement;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Links each question to the passages that answer it. Passages are cut from every note and every authored answer;
 * each phrasing of a question draws {@link #CANDIDATES} candidates from the {@link AnswerIndex}; the
 * {@link AnswerRule} scores each; the best {@link #MAX_LINKS} at or above the threshold are linked, best first,
 * leaving out passages of the question's own answers (shown as authored, first) and any within a close second
 * that falls far below the best (a weak runner-up dilutes a strong answer). Editors' pins come first after the
 * authored answers; rejected passages are never linked.
 */
public final class AnswerLinker {
  static final int CANDIDATES = 12;
  public static final int MAX_LINKS = 3;
  /** A second or third passage must score this share of the best one. */
  static final double RUNNER_UP = 0.85;
  /** Links this close below the threshold are shown to editors as near misses. */
  static final double NEAR_MISS_MARGIN = 0.12;

  private final ConceptAnalyzer analyzer;
  private final double threshold;

  public AnswerLinker(ConceptAnalyzer analyzer) {
    this(analyzer, AnswerRule.THRESHOLD);
  }

  public AnswerLinker(ConceptAnalyzer analyzer, double threshold) {
    this.analyzer = analyzer;
    this.threshold = threshold;
  }

  /** Every passage of the notes (on their topics) and of the questions' authored answers. */
  public static List<Passage> passages(List<MergedQuestion> questions, List<Placement> notes) {
    List<Passage> out = new ArrayList<>();
    for (MergedQuestion q : questions) {
      q.answered().forEach(m -> out.addAll(Passages.of(m, q.placement().topic())));
    }
    notes.forEach(p -> out.addAll(Passages.of(p.item(), p.topic())));
    return out;
  }

  public Answers link(List<MergedQuestion> questions, List<Placement> notes, Overrides overrides,
      List<Diagnostic> diagnostics) {
    List<Passage> passages = passages(questions, notes);
    List<PassageProfile> profiles = profiles(passages);
    Choices choices = new Choices(overrides, questions, passages, diagnostics);
    Map<String, List<LinkedAnswer>> byQuestion = new LinkedHashMap<>();
    List<Answers.Judgement> nearMisses = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    try (AnswerIndex index = new AnswerIndex(profiles, analyzer)) {
      AnswerRule rule = new AnswerRule(index::idf);
      // Judged on every core (each question only reads the index), then linked in question order.
      List<List<Answers.Judgement>> judgements = questions.parallelStream().map(q -> judge(q, index, rule)).toList();
      for (int i = 0; i < questions.size(); i++) {
        MergedQuestion q = questions.get(i);
        List<LinkedAnswer> shown = new ArrayList<>();
        q.answered().forEach(m -> Passages.whole(m, q.placement().topic())
            .ifPresent(p -> shown.add(new LinkedAnswer(p, 1.0, LinkedAnswer.How.AUTHORED))));
        choices.pinned(q).forEach(p -> shown.add(new LinkedAnswer(p, 1.0, LinkedAnswer.How.PINNED)));
        List<Answers.Judgement> judged = judgements.get(i).stream()
            .filter(j -> !choices.rejected(q, j.passage()))
            .filter(j -> shown.stream().noneMatch(a -> a.passage().id().equals(j.passage().id())))
            .toList();
        double best = judged.isEmpty() ? 0 : judged.get(0).score();
        for (Answers.Judgement j : judged) {
          if (shown.size() - countAuthored(shown) >= MAX_LINKS) {
            break;
          }
          if (j.score() >= threshold && j.score() >= best * RUNNER_UP) {
            shown.add(new LinkedAnswer(j.passage(), j.score(), LinkedAnswer.How.RETRIEVED));
          } else if (j.score() >= threshold - NEAR_MISS_MARGIN && j == judged.get(0)) {
            nearMisses.add(j);
          }
        }
        if (shown.isEmpty()) {
          unanswered.add(q.id());
        } else {
          byQuestion.put(q.id(), List.copyOf(shown));
        }
      }
    }
    choices.reportUnmatched();
    return new Answers(byQuestion, nearMisses, unanswered, passages.size(), threshold);
  }

  /** The best-judged passage of each item only: two parts of one note are one answer, read at its best part. */
  private static List<Answers.Judgement> bestPerItem(List<Answers.Judgement> judged) {
    Set<String> items = new HashSet<>();
    return judged.stream().filter(j -> items.add(j.passage().item().id())).toList();
  }

  /** Every question's judged candidates, best first, before any threshold: for measuring the rule. */
  Map<String, List<Answers.Judgement>> rankings(List<MergedQuestion> questions, List<Placement> notes) {
    List<PassageProfile> profiles = profiles(passages(questions, notes));
    Map<String, List<Answers.Judgement>> out = new LinkedHashMap<>();
    try (AnswerIndex index = new AnswerIndex(profiles, analyzer)) {
      AnswerRule rule = new AnswerRule(index::idf);
      questions.forEach(q -> out.put(q.id(), judge(q, index, rule)));
    }
    return out;
  }

  /** Analysed on every core: at 100x this was 4 s of the graph on one thread while the other was idle. */
  private List<PassageProfile> profiles(List<Passage> passages) {
    Map<String, String> pool = new ConcurrentHashMap<>();
    return passages.parallelStream().map(p -> PassageProfile.of(p, analyzer, pool)).toList();
  }

  private static int countAuthored(List<LinkedAnswer> shown) {
    return (int) shown.stream().filter(LinkedAnswer::authored).count();
  }

  /**
   * The candidates of every phrasing, each passage judged once by its best phrasing, best first; passages cut
   * from the question's own members are left out (they are its authored answer).
   */
  List<Answers.Judgement> judge(MergedQuestion q, AnswerIndex index, AnswerRule rule) {
    Set<String> own = new HashSet<>();
    q.members().forEach(m -> own.add(m.id()));
    Map<String, Answers.Judgement> best = new HashMap<>();
    String prompt = PassageText.prompt(q.canonical());
    for (AskProfile ask : AskProfile.of(q, analyzer)) {
      for (PassageProfile candidate : index.candidates(ask.terms(), CANDIDATES)) {
        Passage passage = candidate.passage();
        if (own.contains(passage.item().id())) {
          continue;
        }
        AnswerRule.Verdict verdict = rule.judge(ask, candidate);
        Answers.Judgement j = new Answers.Judgement(q.id(), prompt, passage, verdict.score(), verdict.reason());
        best.merge(passage.id(), j, (a, b) -> b.score() > a.score() ? b : a);
      }
    }
    return bestPerItem(best.values().stream()
        .sorted(Comparator.comparingDouble(Answers.Judgement::score).reversed()
            .thenComparing(j -> j.passage().item().source().file())
            .thenComparingInt(j -> j.passage().fromLine()))
        .toList());
  }

  /** overrides.yaml's answer pins and rejects, matched against questions and passages, unmatched ones reported. */
  private static final class Choices {
    private final Map<String, List<Passage>> pinned = new HashMap<>();
    private final Set<String> rejected = new HashSet<>();
    private final List<Overrides.AnswerChoice> unmatched = new ArrayList<>();
    private final List<Diagnostic> diagnostics;

    Choices(Overrides overrides, List<MergedQuestion> questions, List<Passage> passages,
        List<Diagnostic> diagnostics) {
      this.diagnostics = diagnostics;
      for (Overrides.AnswerChoice choice : overrides.answerPins()) {
        List<MergedQuestion> qs = questions(choice, questions);
        List<Passage> ps = passages(choice, passages);
        if (qs.isEmpty() || ps.isEmpty()) {
          unmatched.add(choice);
        }
        qs.forEach(q -> pinned.computeIfAbsent(q.id(), k -> new ArrayList<>()).addAll(ps));
      }
      for (Overrides.AnswerChoice choice : overrides.answerRejects()) {
        List<MergedQuestion> qs = questions(choice, questions);
        List<Passage> ps = passages(choice, passages);
        if (qs.isEmpty() || ps.isEmpty()) {
          unmatched.add(choice);
        }
        qs.forEach(q -> ps.forEach(p -> rejected.add(q.id() + " " + p.id())));
      }
    }

    private static List<MergedQuestion> questions(Overrides.AnswerChoice choice, List<MergedQuestion> questions) {
      return questions.stream().filter(q -> q.members().stream().anyMatch(choice.question()::matches)).toList();
    }

    private static List<Passage> passages(Overrides.AnswerChoice choice, List<Passage> passages) {
      return passages.stream()
          .filter(p -> choice.passage().matches(p.item()))
          .filter(p -> choice.atLine() == 0 || (p.fromLine() <= choice.atLine() && choice.atLine() <= p.toLine()))
          .toList();
    }

    List<Passage> pinned(MergedQuestion q) {
      return pinned.getOrDefault(q.id(), List.of());
    }

    boolean rejected(MergedQuestion q, Passage p) {
      return rejected.contains(q.id() + " " + p.id());
    }

    void reportUnmatched() {
      for (Overrides.AnswerChoice choice : unmatched) {
        diagnostics.add(Diagnostic.warning(OverridesLoader.FILE_NAME, choice.line(),
            "answer override '" + choice.question().text() + "' / '" + choice.passage().text()
                + (choice.atLine() == 0 ? "" : "' line " + choice.atLine()) + "' matches no question or passage",
            "name the question and the note or answer as in graph --report ('000 #12', '002 1.12.3')"));
      }
    }
  }
}
