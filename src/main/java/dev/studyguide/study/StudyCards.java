package dev.studyguide.study;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studyguide.graph.Category;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.model.Item;
import dev.studyguide.pack.Pack;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.RenderedQuestion;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.render.SourceBadge;
import java.io.IOException;
import java.io.Writer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The study page's data as scripts, so they load from {@code file://}, where a page may not fetch files:
 * {@code assets/study-index.js} ({@code window.STUDY_INDEX}: the categories with their topics in study order,
 * each topic's and pack's question ids; small, what the progress marks on every page read) and
 * {@code assets/study-cards.js} ({@code window.STUDY_CARDS}: every merged question as a card with its KaTeX
 * fragments from the one render; most of the weight, read by the study page only) and
 * {@code assets/study-notes.js} ({@code window.STUDY_NOTES}: each topic's notes, which a card without an answer
 * points to). The notes are kept per topic, once, rather than on every card: a card carrying its topic's notes
 * made the data grow with questions times notes per topic, quadratic in the guide's size (measured on a 10x
 * synthetic guide: a quarter of the cards' weight; at 100x, most of a gigabyte).
 *
 * <p>Fragments link relative to pages one folder deep ({@code ../topics/x.html}); the study page and the
 * progress script both sit at depth 0 or read links against the site root, so card links are rewritten to start
 * from the root ({@code topics/x.html}), and the scripts prefix them with the page's own way back to the root.
 */
final class StudyCards {
  static final String INDEX_SCRIPT = "assets/study-index.js";
  static final String CARDS_SCRIPT = "assets/study-cards.js";
  static final String NOTES_SCRIPT = "assets/study-notes.js";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** @param notes each topic's notes (topics without one left out), by topic id */
  record Data(Index index, List<Card> cards, Map<String, List<Ref>> notes) {}

  record Index(List<CategoryView> categories, Map<String, TopicView> topics, List<PackView> packs) {}

  record CategoryView(String id, String title, String url, List<String> topics) {}

  record TopicView(String title, String category, int level, String url, List<String> questions) {}

  record PackView(String id, String title, List<String> questions) {}

  /** @param difficulty easy, medium or hard where a source says; left out of the data when empty */
  record Card(String id, String topic, String title, String prompt, List<String> phrasings, List<String> followUps,
      List<Answer> answers, List<FromSource> fromSources, List<Ref> sources,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) String difficulty) {}

  record Answer(String html, Ref source) {}

  /** A passage from elsewhere in the sources that answers the card's question, and where it lives. */
  record FromSource(String titleHtml, String html, Ref source, String home) {}

  /** A link with its text; {@code title} says more (a source's file and lines). */
  record Ref(String text, String href, String title) {}

  private StudyCards() {}

  static Data of(RenderedGuide guide, List<Pack> packs) {
    List<CategoryView> categories = new ArrayList<>();
    Map<String, TopicView> topics = new LinkedHashMap<>();
    List<MergedQuestion> questions = new ArrayList<>();
    List<TopicEntry> homes = new ArrayList<>();
    Map<String, List<Ref>> notes = new LinkedHashMap<>();
    Pack whole = packs.get(0);
    for (Pack.Part part : whole.parts()) {
      Category category = part.category();
      categories.add(new CategoryView(category.id(), category.title(), SiteLayout.category(category.id()),
          part.topics().stream().map(t -> t.topic().id()).toList()));
      for (TopicEntry entry : part.topics()) {
        topics.put(entry.topic().id(), new TopicView(entry.topic().title(), category.id(), entry.topic().level(),
            SiteLayout.topic(entry.topic().id()), ids(entry.questions())));
        entry.questions().forEach(q -> {
          questions.add(q);
          homes.add(entry);
        });
        if (!entry.notes().isEmpty()) {
          notes.put(entry.topic().id(), notes(entry));
        }
      }
    }
    List<PackView> packViews = packs.stream().map(p -> new PackView(p.id(), p.title(), ids(p.questions())))
        .toList();
    // Made as they are written, one at a time: with its formulas' markup in, a card is many times its fragments.
    List<Card> cards = new AbstractList<>() {
      @Override
      public Card get(int i) {
        return card(guide, guide.question(questions.get(i).id()), homes.get(i));
      }

      @Override
      public int size() {
        return questions.size();
      }
    };
    return new Data(new Index(categories, topics, packViews), cards, notes);
  }

  /**
   * {@code window.NAME = json;} written to {@code out} as it is made: the cards of a 30x guide are about 40 MB of
   * JSON, which held as one string (two bytes a character once a formula's markup is in it), copied to escape it
   * and again to encode it, took several times that at once, beside the PDFs' layout.
   */
  static void script(String name, Object value, Writer out) throws IOException {
    out.write("window." + name + " = ");
    // "</" never appears raw, so the data could also be inlined in a page without ending its script.
    JSON.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(new ScriptSafeWriter(out), value);
    out.write(";\n");
  }

  /** A question's card; its fragments get their formulas' markup here, as JSON escapes what it holds. */
  private static Card card(RenderedGuide guide, RenderedQuestion q, TopicEntry topic) {
    List<Answer> answers = q.answers().stream()
        .map(a -> new Answer(fromRoot(guide.expanded(a.html())), ref(a.source()))).toList();
    List<FromSource> fromSources = q.fromSources().stream().map(f -> new FromSource(f.titleHtml(),
        fromRoot(guide.expanded(f.html())), ref(f.source()), fromRoot(f.home()))).toList();
    return new Card(q.id(), topic.topic().id(), q.question().title(), guide.expanded(q.promptHtml()),
        q.phrasingsHtml().stream().map(guide::expanded).toList(),
        q.followUpsHtml().stream().map(f -> fromRoot(guide.expanded(f))).toList(), answers, fromSources,
        q.sources().stream().map(StudyCards::ref).toList(), q.question().difficulty());
  }

  private static List<Ref> notes(TopicEntry topic) {
    List<Ref> notes = new ArrayList<>();
    for (Item note : topic.notes()) {
      String title = note.title().isEmpty() ? topic.topic().title() + " (note)" : note.title();
      notes.add(new Ref(title, SiteLayout.topic(topic.topic().id()) + "#" + note.id(),
          SiteLayout.shortName(note.source().file()) + " · " + note.source().label()));
    }
    return notes;
  }

  private static Ref ref(SourceBadge badge) {
    return new Ref(badge.label(), fromRoot(badge.href()), badge.title());
  }

  /**
   * A fragment's links and pictures, made relative to the site root; they are ours, always written
   * {@code href="../} and {@code src="../}.
   */
  static String fromRoot(String html) {
    return html.startsWith(SiteLayout.FRAGMENT_ROOT) ? html.substring(SiteLayout.FRAGMENT_ROOT.length())
        : html.replace("href=\"" + SiteLayout.FRAGMENT_ROOT, "href=\"")
            .replace("src=\"" + SiteLayout.FRAGMENT_ROOT, "src=\"");
  }

  private static List<String> ids(List<MergedQuestion> questions) {
    return questions.stream().map(MergedQuestion::id).toList();
  }
}
