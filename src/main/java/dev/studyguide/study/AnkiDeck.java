package dev.studyguide.study;

import dev.studyguide.graph.Category;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.model.Item;
import dev.studyguide.pack.Pack;
import dev.studyguide.render.Html;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.RenderedNote;
import dev.studyguide.render.RenderedQuestion;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.render.SourceBadge;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One pack as an Anki text-import file: a header that tells Anki the separator, that fields are HTML, which
 * columns hold the GUID and the tags, and the deck; then one note per merged question. The GUID is the merged
 * question's stable id, so importing the file of an updated guide updates the cards instead of adding new ones.
 *
 * <p>Columns: GUID, Front (prompt, then the follow-ups), Back (the answers with their sources, or where the
 * answer lives: the topic's first notes with their sources), Tags (category, and topic under it).
 *
 * <p>A card stands alone in Anki, so it cannot point to a shared list; listing every note of the topic on every
 * unanswered card made the file grow with questions times notes per topic, quadratic in the guide's size (on a
 * 10x synthetic guide, 58% of the deck was such lists). A card lists at most {@link #NOTES_PER_CARD} notes and says
 * how many more the topic page has.
 */
final class AnkiDeck {
  static final String DIR = "anki/";
  /** More than a flash card's back is read for; the real guide's topics have up to a dozen notes. */
  static final int NOTES_PER_CARD = 8;

  private final RenderedGuide anki;
  private final String guideTitle;
  private final String siteUrl;

  /** {@code anki} is the guide rendered with {@link AnkiMath}. */
  AnkiDeck(RenderedGuide anki) {
    this.anki = anki;
    this.guideTitle = anki.corpus().config().title();
    this.siteUrl = anki.corpus().config().baseUrl();
  }

  static String path(Pack pack) {
    return DIR + pack.id() + ".txt";
  }

  /** The deck written as it is made: the whole guide's deck of a 100x guide is a hundred megabytes. */
  void writeTo(Pack pack, Writer out) throws IOException {
    out.append("#separator:tab\n");
    out.append("#html:true\n");
    out.append("#notetype:Basic\n");
    out.append("#deck:").append(deckName(pack)).append('\n');
    out.append("#guid column:1\n");
    out.append("#tags column:4\n");
    out.append("#columns:GUID\tFront\tBack\tTags\n");
    for (Pack.Part part : pack.parts()) {
      for (TopicEntry topic : part.topics()) {
        for (MergedQuestion q : topic.questions()) {
          RenderedQuestion rendered = anki.question(q.id());
          out.append(q.id()).append('\t').append(field(front(rendered))).append('\t')
              .append(field(back(rendered, topic))).append('\t').append(tags(part.category(), topic)).append('\n');
        }
      }
    }
  }

  /** "ML Interview Guide::Probability & Statistics"; "::" nests decks in Anki, so titles may not add levels. */
  private String deckName(Pack pack) {
    String guide = oneLine(guideTitle).replace("::", ":");
    return pack.kind() == Pack.Kind.GUIDE ? guide : guide + "::" + oneLine(pack.title()).replace("::", ":");
  }

  private static String front(RenderedQuestion q) {
    StringBuilder out = new StringBuilder("<div class=\"prompt\">").append(q.promptHtml()).append("</div>");
    if (!q.followUpsHtml().isEmpty()) {
      out.append("<p>Follow-ups:</p><ul class=\"follow-ups\">");
      q.followUpsHtml().forEach(f -> out.append("<li>").append(f).append("</li>"));
      out.append("</ul>");
    }
    return out.toString();
  }

  private String back(RenderedQuestion q, TopicEntry topic) {
    StringBuilder out = new StringBuilder();
    for (RenderedQuestion.Answer answer : q.answers()) {
      out.append("<div class=\"answer\">").append(answer.html()).append("</div>");
      out.append(source(answer.source()));
    }
    if (!q.fromSources().isEmpty()) {
      out.append("<p><b>From the sources</b></p>");
      for (RenderedQuestion.FromSource passage : q.fromSources()) {
        out.append("<div class=\"answer from-source\"><p><i>").append(passage.titleHtml()).append("</i></p>")
            .append(passage.html()).append("</div>").append(source(passage.source()));
      }
    }
    if (q.answers().isEmpty() && q.fromSources().isEmpty()) {
      out.append("<p>The sources give no answer here. Where the answer lives: ").append(topicRef(topic))
          .append("</p>");
      List<String> notes = new ArrayList<>();
      for (Item note : topic.notes().subList(0, Math.min(NOTES_PER_CARD, topic.notes().size()))) {
        RenderedNote rendered = anki.note(note.id());
        notes.add("<li>" + (rendered.titleHtml().isEmpty() ? "Note" : rendered.titleHtml()) + " "
            + source(rendered.source()) + "</li>");
      }
      int more = topic.notes().size() - notes.size();
      if (more > 0) {
        notes.add("<li>" + more + " more " + (more == 1 ? "note" : "notes") + " on " + topicRef(topic) + "</li>");
      }
      if (!notes.isEmpty()) {
        out.append("<ul class=\"notes\">").append(String.join("", notes)).append("</ul>");
      }
    }
    out.append("<p class=\"sources\">Asked in: ");
    out.append(String.join("; ", q.sources().stream().map(AnkiDeck::sourceText).toList())).append("</p>");
    return out.toString();
  }

  private String topicRef(TopicEntry topic) {
    String title = Html.escape(topic.topic().title());
    return siteUrl.isEmpty() ? "<b>" + title + "</b>"
        : "<a href=\"" + Html.escape(siteUrl + SiteLayout.topic(topic.topic().id())) + "\">" + title + "</a>";
  }

  /** A source reference as text (file and lines), linked to its source page when the site's address is known. */
  private String source(SourceBadge badge) {
    String text = sourceText(badge);
    if (siteUrl.isEmpty()) {
      return "<p class=\"source\">" + text + "</p>";
    }
    String href = siteUrl + badge.href().substring(SiteLayout.FRAGMENT_ROOT.length());
    return "<p class=\"source\"><a href=\"" + Html.escape(href) + "\">" + text + "</a></p>";
  }

  private static String sourceText(SourceBadge badge) {
    return "— " + Html.escape(badge.label()) + " (" + Html.escape(badge.title()) + ")";
  }

  /** Anki tags are separated by spaces; "::" makes the topic a child of its category. */
  private static String tags(Category category, TopicEntry topic) {
    return category.id() + " " + category.id() + "::" + topic.topic().id();
  }

  /**
   * A field on one line: tabs and line breaks would end the field or the note, so they become character
   * references, which HTML reads back as the same whitespace (a {@code <pre>} keeps its lines). A field that
   * starts with a quote would be read as a quoted CSV field.
   */
  static String field(String html) {
    String out = html.replace("\t", "&#9;").replace("\r", "").replace("\n", "&#10;");
    return out.startsWith("\"") ? "&quot;" + out.substring(1) : out;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
