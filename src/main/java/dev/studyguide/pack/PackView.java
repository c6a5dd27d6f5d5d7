package dev.studyguide.pack;

import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.Topic;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import dev.studyguide.model.SourceRef;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.RenderedNote;
import dev.studyguide.render.RenderedQuestion;
import dev.studyguide.render.SiteLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a pack document's view from the rendered fragments: the print-ready HTML carries both variants
 * (marked so a switch shows one), a PDF carries one. In the questions variant only topics with questions
 * appear and every answer and note is left out.
 */
final class PackView {
  /** Outline entries for questions are cut to about this many characters. */
  private static final int BOOKMARK_CHARS = 90;

  /** What every document of a build shares. */
  record Setting(String guideTitle, BuildDate date, String siteUrl) {}

  private final Setting setting;

  PackView(Setting setting) {
    this.setting = setting;
  }

  /**
   * The document for one variant ({@code variant} present: a PDF) or for both (the HTML page).
   *
   * @param fragments the site's fragments for the HTML, the PDF's own for a PDF
   */
  PackViews.Document document(Pack pack, RenderedGuide fragments, Optional<Variant> variant, Styles styles,
      List<PackViews.Download> downloads) {
    boolean pdf = variant.isPresent();
    boolean questions = variant.map(v -> v == Variant.QUESTIONS).orElse(true);
    boolean answers = variant.map(v -> v == Variant.ANSWERS).orElse(true);
    Map<String, Integer> numbers = pack.numbers();
    Set<String> shown = pack.topics().stream().filter(t -> answers || !t.questions().isEmpty())
        .map(t -> t.topic().id()).collect(Collectors.toSet());
    List<PackViews.Part> parts = new ArrayList<>();
    for (Pack.Part part : pack.parts()) {
      List<PackViews.Topic> topics = part.topics().stream()
          .filter(t -> answers || !t.questions().isEmpty())
          .map(t -> topic(t, fragments, numbers, shown, anchors(pack), pdf))
          .toList();
      if (!topics.isEmpty()) {
        parts.add(new PackViews.Part("c-" + part.category().id(), part.category().title(),
            topics.stream().allMatch(PackViews.Topic::answersOnly), topics));
      }
    }
    String variantLabel = variant.map(Variant::label).orElse("");
    String header = pack.title() + " study pack" + (variantLabel.isEmpty() ? "" : " · " + variantLabel);
    int topicCount = (int) parts.stream().flatMap(p -> p.topics().stream()).count();
    return new PackViews.Document(header + " · " + setting.guideTitle(), setting.guideTitle(), pack.title(),
        pack.description(), pack.kind().label(), variantLabel,
        variant.map(v -> "variant-" + v.slug()).orElse("variant-switch"), pdf, questions, answers,
        Css.string(header), pdf ? styles.printCss() : "", styles.printHref(), styles.katexHref(),
        setting.date().display(), setting.date().iso(), topicCount, pack.questions().size(), pack.noteCount(),
        parts, List.of(), downloads, "index.html", SiteLayout.FRAGMENT_ROOT + "index.html",
        pdf || setting.siteUrl().isEmpty() ? "" : setting.siteUrl() + PackOutput.DIR + pack.id() + ".html");
  }

  /**
   * The front of a PDF bound from other packs' PDFs ({@link PdfBinder}): the cover of {@code pack}, and for
   * contents the packs bound after it with the page each starts on.
   */
  PackViews.Document front(Pack pack, Variant variant, Styles styles, List<PackViews.BoundPart> bound) {
    String header = pack.title() + " study pack · " + variant.label();
    int topicCount = (int) pack.topics().stream()
        .filter(t -> variant == Variant.ANSWERS || !t.questions().isEmpty()).count();
    return new PackViews.Document(header + " · " + setting.guideTitle(), setting.guideTitle(), pack.title(),
        pack.description(), pack.kind().label(), variant.label(), "variant-" + variant.slug(), true,
        variant == Variant.QUESTIONS, variant == Variant.ANSWERS, Css.string(header), styles.printCss(), "", "",
        setting.date().display(), setting.date().iso(), topicCount, pack.questions().size(), pack.noteCount(),
        List.of(), bound, List.of(), "index.html", SiteLayout.FRAGMENT_ROOT + "index.html", "");
  }

  /** The ids of the notes and questions this pack prints, which a passage may point to by page. */
  private static Set<String> anchors(Pack pack) {
    Set<String> out = new java.util.HashSet<>();
    pack.topics().forEach(t -> {
      t.notes().forEach(n -> out.add(n.id()));
      t.questions().forEach(q -> out.add(q.id()));
    });
    return out;
  }

  private PackViews.Topic topic(TopicEntry entry, RenderedGuide fragments, Map<String, Integer> numbers,
      Set<String> shown, Set<String> anchors, boolean pdf) {
    Topic topic = entry.topic();
    List<PackViews.Link> prerequisites = topic.prerequisites().stream().filter(shown::contains)
        .map(id -> new PackViews.Link(fragments.graph().topic(id).orElseThrow().topic().title(), "#t-" + id))
        .toList();
    List<PackViews.Note> notes = entry.notes().stream().map(n -> note(fragments.note(n.id()), pdf)).toList();
    List<PackViews.Question> questions = entry.questions().stream()
        .map(q -> question(fragments.question(q.id()), numbers.get(q.id()), anchors, pdf)).toList();
    return new PackViews.Topic("t-" + topic.id(), topic.title(), topic.summary(), questions.isEmpty(),
        prerequisites, notes, questions);
  }

  private PackViews.Note note(RenderedNote note, boolean pdf) {
    return new PackViews.Note(note.id(), note.titleHtml(), note.html(), source(note.note(), pdf));
  }

  private PackViews.Question question(RenderedQuestion rendered, int number, Set<String> anchors, boolean pdf) {
    MergedQuestion q = rendered.question();
    List<PackViews.FollowUp> followUps = new ArrayList<>();
    for (int i = 0; i < rendered.followUpsHtml().size(); i++) {
      followUps.add(new PackViews.FollowUp(number + followUpLetter(i), rendered.followUpsHtml().get(i)));
    }
    List<PackViews.Answer> answers = new ArrayList<>();
    List<Item> answered = q.answered();
    for (int i = 0; i < answered.size(); i++) {
      answers.add(new PackViews.Answer(rendered.answers().get(i).html(), source(answered.get(i), pdf)));
    }
    List<PackViews.FromSource> fromSources = rendered.fromSources().stream()
        .map(f -> fromSource(f, q.placement().topic(), anchors, pdf)).toList();
    List<PackViews.Source> sources = q.members().stream().map(m -> source(m, pdf)).toList();
    return new PackViews.Question(q.id(), number, rendered.promptHtml(),
        "Q" + number + ". " + bookmark(q.canonical().prompt()), rendered.phrasingsHtml(), followUps, answers,
        fromSources, sources);
  }

  /**
   * A linked passage: its text, with its page when this pack prints where it lives; only its title and page when
   * it is long (a long passage printed twice would double the pack) or printed in the same topic, just above.
   */
  private PackViews.FromSource fromSource(RenderedQuestion.FromSource f, String questionTopic, Set<String> anchors,
      boolean pdf) {
    var ref = f.source();
    String href = !pdf ? ref.href() : setting.siteUrl().isEmpty() ? ""
        : setting.siteUrl() + ref.href().substring(SiteLayout.FRAGMENT_ROOT.length());
    String lines = ref.title().substring(ref.title().indexOf(", ") + 2);
    PackViews.Source source = new PackViews.Source(ref.label(), lines, href);
    String pageRef = anchors.contains(f.homeAnchor()) ? "#" + f.homeAnchor() : "";
    boolean titleOnly = f.isLong() || (!pageRef.isEmpty() && f.homeTopic().equals(questionTopic));
    return new PackViews.FromSource(f.titleHtml(), titleOnly ? "" : f.html(), pageRef, source);
  }

  /** a, b, …, z, then aa, ab, … for the rare question with more follow-ups. */
  private static String followUpLetter(int index) {
    String letter = String.valueOf((char) ('a' + index % 26));
    return index < 26 ? letter : followUpLetter(index / 26 - 1) + letter;
  }

  private PackViews.Source source(Item item, boolean pdf) {
    SourceRef ref = item.source();
    String lines = ref.fromLine() == ref.toLine() ? "line " + ref.fromLine()
        : "lines " + ref.fromLine() + "–" + ref.toLine();
    String page = SiteLayout.source(ref.file()) + "#" + item.id();
    String href = !pdf ? SiteLayout.FRAGMENT_ROOT + page : setting.siteUrl().isEmpty() ? "" : setting.siteUrl() + page;
    return new PackViews.Source(SiteLayout.shortName(ref.file()) + " · " + ref.label(), lines, href);
  }

  /**
   * The prompt as an outline entry (plain text only): TeX made only of letters, digits and simple operators
   * stays, any other formula becomes "…", and a long prompt is cut at a word.
   */
  static String bookmark(List<Inline> prompt) {
    StringBuilder text = new StringBuilder();
    plain(prompt, text);
    String flat = text.toString().replaceAll("\\s+", " ").strip();
    if (flat.length() <= BOOKMARK_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', BOOKMARK_CHARS);
    return flat.substring(0, cut > BOOKMARK_CHARS / 2 ? cut : BOOKMARK_CHARS) + "…";
  }

  private static void plain(List<Inline> inlines, StringBuilder out) {
    for (Inline leaf : Inlines.leaves(inlines)) {
      if (leaf instanceof Inline.Text t) {
        out.append(t.text());
      } else if (leaf instanceof Inline.Code c) {
        out.append(c.text());
      } else if (leaf instanceof Inline.Formula f) {
        out.append(f.text());
      } else if (leaf instanceof Inline.Math m) {
        out.append(m.tex().matches("[A-Za-z0-9 _^+=()<>,.'-]*") ? m.tex().replace("_", "").replace("^", "") : "…");
      }
    }
  }
}
