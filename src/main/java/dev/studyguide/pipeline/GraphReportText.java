package dev.studyguide.pipeline;

import dev.studyguide.graph.GraphReport;
import dev.studyguide.graph.MergeDecision;
import dev.studyguide.graph.MoreQuestions;
import dev.studyguide.graph.Placement;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.graph.answer.Answers;
import dev.studyguide.graph.answer.LinkedAnswer;
import dev.studyguide.graph.answer.Passage;
import java.util.List;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import java.util.Locale;

/** The editor's review of the graph ({@code studyguide graph --report}) as plain text. */
public final class GraphReportText {
  private GraphReportText() {}

  public static String write(TopicGraph graph) {
    GraphReport report = graph.report();
    StringBuilder out = new StringBuilder();
    long merged = graph.questions().stream().filter(q -> q.members().size() > 1).count();
    out.append(String.format(Locale.ROOT, "%d topics, %d questions from %d source questions (%d merged groups),"
            + " %d notes; merge threshold %.2f; %d overrides%n%n",
        graph.taxonomy().authored().topics().size(), graph.questions().size(),
        graph.questions().stream().mapToInt(q -> q.members().size()).sum(), merged, graph.notes().size(),
        report.threshold(), report.overrides()));
    section(out, "Merges", report.merges().size());
    report.merges().forEach(d -> decision(out, d));
    section(out, "Near misses (kept apart)", report.nearMisses().size());
    report.nearMisses().forEach(d -> decision(out, d));
    section(out, "Placed by best guess (the item names no topic)", report.guessed().size());
    for (Placement p : report.guessed()) {
      out.append(String.format(Locale.ROOT, "  %-40s → %s (score %.1f)%n", ref(p.item()), p.topic(), p.score()));
      out.append("      ").append(headline(p.item())).append('\n');
    }
    section(out, "Listed under More questions or Unsorted (named after a category, summing up many topics, or fit"
        + " below " + MoreQuestions.FIT_THRESHOLD + ")", report.offTopic().size());
    for (MoreQuestions.OffTopic o : report.offTopic()) {
      out.append(String.format(Locale.ROOT, "  %-40s → %s (%s; best topic %s, fit %.2f)%n", ref(o.guess().item()),
          o.category(), o.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '), o.guess().topic(), o.fit()));
      out.append("      ").append(headline(o.guess().item())).append('\n');
    }
    section(out, "Topics with no items", report.emptyTopics().size());
    report.emptyTopics().forEach(t -> out.append("  ").append(t).append('\n'));
    answers(out, graph);
    return out.toString();
  }

  /** Links from questions to passages with scores, near misses below the threshold, questions with nothing. */
  private static void answers(StringBuilder out, TopicGraph graph) {
    Answers answers = graph.answers();
    Answers.Summary summary = answers.summary(graph.questions().size());
    List<MergedQuestion> linked = graph.questions().stream().filter(q -> !answers.linked(q.id()).isEmpty()).toList();
    section(out, String.format(Locale.ROOT, "Answers linked from the sources (threshold %.2f, %d passages; "
        + "%d answered by their source, %d by a linked passage only, %d with nothing)", answers.threshold(),
        answers.passages(), summary.authored(), summary.linked(), summary.nothing()), linked.size());
    for (MergedQuestion q : linked) {
      out.append("  ").append(ref(q.canonical())).append("  ").append(headline(q.canonical())).append('\n');
      for (LinkedAnswer a : answers.linked(q.id())) {
        out.append(String.format(Locale.ROOT, "      %s %.2f  %s  %s%n", a.how() == LinkedAnswer.How.PINNED ? "pin" : "   ",
            a.score(), passageRef(a.passage()), clip(a.passage().title())));
      }
    }
    section(out, "Answer near misses (best passage below the threshold)", answers.nearMisses().size());
    for (Answers.Judgement j : answers.nearMisses()) {
      out.append(String.format(Locale.ROOT, "  %.2f  %s  ->  %s   [%s]%n", j.score(),
          clip(j.prompt()), passageRef(j.passage()), j.reason()));
    }
    section(out, "Questions the sources leave unanswered", answers.unanswered().size());
    for (String id : answers.unanswered()) {
      graph.questions().stream().filter(q -> q.id().equals(id)).findFirst().ifPresent(q ->
          out.append("  ").append(ref(q.canonical())).append("  ").append(headline(q.canonical())).append('\n'));
    }
  }

  private static String passageRef(Passage p) {
    return p.item().source().file().split("_")[0] + " " + p.item().source().label() + " lines " + p.fromLine() + "-"
        + p.toLine();
  }

  private static String clip(String text) {
    return text.length() > 90 ? text.substring(0, 87) + "..." : text;
  }

  private static void section(StringBuilder out, String title, int count) {
    out.append('\n').append("## ").append(title).append(" (").append(count).append(")\n");
  }

  private static void decision(StringBuilder out, MergeDecision d) {
    out.append(String.format(Locale.ROOT, "  %.2f  %s  ~  %s   [%s]%n", d.similarity(), ref(d.first()),
        ref(d.second()), d.reason()));
    out.append("        ").append(headline(d.first())).append('\n');
    out.append("        ").append(headline(d.second())).append('\n');
  }

  private static String ref(Item item) {
    return item.source().file().split("_")[0] + " " + item.source().label() + " (" + item.id() + ")";
  }

  private static String headline(Item item) {
    String text = item.isQuestion() ? Inlines.plainText(item.prompt()) : item.title();
    return text.length() > 140 ? text.substring(0, 137) + "..." : text;
  }
}
