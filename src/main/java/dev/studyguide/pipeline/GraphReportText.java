package dev.studyguide.pipeline;

import dev.studyguide.graph.GraphReport;
import dev.studyguide.graph.MergeDecision;
import dev.studyguide.graph.MoreQuestions;
import dev.studyguide.graph.Placement;
import dev.studyguide.graph.TopicGraph;
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
    section(out, "Fit no topic (fit below " + MoreQuestions.FIT_THRESHOLD + "; listed under More questions or Unsorted)",
        report.offTopic().size());
    for (MoreQuestions.OffTopic o : report.offTopic()) {
      out.append(String.format(Locale.ROOT, "  %-40s → %s (best topic %s, fit %.2f)%n", ref(o.guess().item()),
          o.category(), o.guess().topic(), o.fit()));
      out.append("      ").append(headline(o.guess().item())).append('\n');
    }
    section(out, "Topics with no items", report.emptyTopics().size());
    report.emptyTopics().forEach(t -> out.append("  ").append(t).append('\n'));
    return out.toString();
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
