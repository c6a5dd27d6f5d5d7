package dev.studyguide.site;

import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.model.Item;
import dev.studyguide.model.SourceReading;
import dev.studyguide.model.Skipped;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SiteLayout;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One page per source document listing its items in order, each linking to where it now lives, so nothing a
 * source says is unreachable; skipped lines are summarised by reason.
 */
final class SourcePages {
  private SourcePages() {}

  static List<SitePage> build(RenderedGuide guide) {
    List<SitePage> pages = new ArrayList<>();
    Map<String, MergedQuestion> questions = guide.graph().questionByItem();
    for (SourceReading reading : guide.corpus().readings()) {
      List<Views.SourceItem> items = reading.items().stream().map(i -> item(guide, questions, i)).toList();
      long questionCount = reading.items().stream().filter(Item::isQuestion).count();
      Views.SourcePage view = new Views.SourcePage(reading.document().title(), reading.document().file(), items,
          (int) questionCount, items.size() - (int) questionCount, skipped(reading));
      pages.add(new SitePage(SiteLayout.source(reading.document().file()), "source", view, reading.document().title(),
          "Source document " + reading.document().file() + ": " + items.size() + " items and where each lives now."));
    }
    return pages;
  }

  private static Views.SourceItem item(RenderedGuide guide, Map<String, MergedQuestion> questions, Item item) {
    TopicGraph graph = guide.graph();
    String topic;
    String anchor;
    boolean merged = false;
    if (item.isQuestion()) {
      MergedQuestion q = questions.get(item.id());
      topic = q.placement().topic();
      anchor = q.id();
      merged = q.members().size() > 1;
    } else {
      topic = graph.noteByItem().get(item.id()).topic();
      anchor = item.id();
    }
    // The source's own wording, typeset like everywhere else (a plain-text prompt would show raw TeX).
    String textHtml = item.isQuestion() ? guide.question(anchor).promptHtmlOf(item.id()) : guide.note(item.id()).titleHtml();
    String lines = item.source().fromLine() == item.source().toLine() ? "line " + item.source().fromLine()
        : "lines " + item.source().fromLine() + "–" + item.source().toLine();
    return new Views.SourceItem(item.id(), item.source().label(), item.kind().jsonName(), textHtml, lines,
        SiteLayout.FRAGMENT_ROOT + SiteLayout.topic(topic) + "#" + anchor,
        graph.topic(topic).orElseThrow().topic().title(), merged);
  }

  private static List<String> skipped(SourceReading reading) {
    Map<Skipped.Reason, Integer> lines = new EnumMap<>(Skipped.Reason.class);
    for (Skipped s : reading.skipped()) {
      int nonBlank = 0;
      for (int n = s.fromLine(); n <= s.toLine(); n++) {
        nonBlank += reading.document().line(n).isBlank() ? 0 : 1;
      }
      lines.merge(s.reason(), nonBlank, Integer::sum);
    }
    List<String> out = new ArrayList<>();
    lines.forEach((reason, count) -> out.add(count + " lines of " + reason.name().toLowerCase(Locale.ROOT)
        .replace('_', ' ')));
    return out;
  }
}
