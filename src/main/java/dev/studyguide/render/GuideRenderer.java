package dev.studyguide.render;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.Placement;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.graph.TopicHomes;
import dev.studyguide.graph.answer.Passage;
import dev.studyguide.model.Block;
import dev.studyguide.model.Blocks;
import dev.studyguide.model.Corpus;
import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders every question and note of the graph into fragments, once. */
public final class GuideRenderer {
  /** How many display formulas a topic page lists as its key formulas. */
  static final int KEY_FORMULAS = 4;

  private final FragmentMarkup markup;
  private final ConceptAnalyzer analyzer;

  public GuideRenderer(FragmentMarkup markup, ConceptAnalyzer analyzer) {
    this.markup = markup;
    this.analyzer = analyzer;
  }

  public RenderedGuide render(Corpus corpus, TopicGraph graph) {
    return render(corpus, graph, LocalImages.NONE);
  }

  /** As above, keeping the local images the markup shows (see {@link FragmentMarkup#showingImages}). */
  public RenderedGuide render(Corpus corpus, TopicGraph graph, LocalImages images) {
    TopicHomes homes = TopicHomes.of(graph);
    FragmentMarkup markup = new FoldedSections(this.markup, homes);
    Map<String, RenderedQuestion> questions = new LinkedHashMap<>();
    Map<String, String> passages = new HashMap<>();
    for (MergedQuestion q : graph.questions()) {
      questions.put(q.id(), question(q, graph, markup, passages));
    }
    Map<String, RenderedNote> notes = new LinkedHashMap<>();
    for (Placement p : graph.notes()) {
      FragmentWriter writer = new FragmentWriter(markup, analyzer, p.topic());
      Item note = p.item();
      String html = writer.blocks(note.body());
      notes.put(note.id(), new RenderedNote(note, Html.escape(note.title()), html,
          SourceBadge.of(note.source(), note.id()), writer.linkedTopics()));
    }
    Map<String, List<String>> formulas = new LinkedHashMap<>();
    for (TopicEntry entry : graph.topics()) {
      formulas.put(entry.topic().id(), keyFormulas(entry));
    }
    return new RenderedGuide(corpus, graph, questions, notes, formulas, images, homes, markup.formulaRefs());
  }

  private RenderedQuestion question(MergedQuestion q, TopicGraph graph, FragmentMarkup markup,
      Map<String, String> passages) {
    FragmentWriter writer = new FragmentWriter(markup, analyzer, q.placement().topic());
    String prompt = writer.plainInlines(q.canonical().prompt());
    List<String> phrasings = q.otherPhrasings().stream().map(writer::plainInlines).toList();
    List<String> followUps = q.followUps().stream().map(writer::inlines).toList();
    List<RenderedQuestion.Answer> answers = q.answered().stream()
        .map(m -> new RenderedQuestion.Answer(writer.blocks(m.body()), SourceBadge.of(m.source(), m.id())))
        .toList();
    List<SourceBadge> sources = q.members().stream().map(m -> SourceBadge.of(m.source(), m.id())).toList();
    List<String> memberPrompts = q.members().stream().map(m -> writer.plainInlines(m.prompt())).toList();
    List<RenderedQuestion.FromSource> fromSources = graph.answers().linked(q.id()).stream()
        .map(a -> fromSource(a.passage(), a.score(), q.placement().topic(), graph, markup, passages)).toList();
    return new RenderedQuestion(q, prompt, phrasings, followUps, answers, fromSources, sources,
        writer.linkedTopics(), memberPrompts);
  }

  /** Print shows a passage this long (characters of text and TeX) by its title and page only. */
  static final int LONG_PASSAGE = 900;

  /**
   * A linked passage as a question shows it. Rendered once per passage and topic ({@code passages} keeps them for
   * the build's render): many questions of a topic link the same passages, and a copy per question was two thirds
   * of a 10x guide's question fragments.
   */
  private RenderedQuestion.FromSource fromSource(Passage passage, double score, String questionTopic,
      TopicGraph graph, FragmentMarkup markup, Map<String, String> passages) {
    String html = passages.computeIfAbsent(passage.id() + "\n" + questionTopic,
        k -> new FragmentWriter(markup, analyzer, questionTopic, false).blocks(passage.blocks()));
    Item item = passage.item();
    // A note lives on its topic page under its own id; an answer under its merged question's id.
    String anchor = item.isQuestion() ? graph.questionByItem().get(item.id()).id() : item.id();
    String href = SiteLayout.FRAGMENT_ROOT + SiteLayout.topic(passage.topic()) + "#" + anchor;
    boolean isLong = passage.length() > LONG_PASSAGE;
    return new RenderedQuestion.FromSource(Html.escape(passage.title()), html,
        SourceBadge.of(passage.source(), item.id()), href, passage.topic(), anchor, score, isLong);
  }

  /**
   * The first distinct display formulas of the topic's notes, then of its answers; a formula KaTeX rejected is
   * left to its place in the text (a summary should not repeat a broken formula).
   */
  private List<String> keyFormulas(TopicEntry entry) {
    Set<String> tex = new LinkedHashSet<>();
    entry.notes().forEach(n -> displayMath(n.body(), tex));
    entry.questions().forEach(q -> q.members().forEach(m -> displayMath(m.body(), tex)));
    List<String> out = new ArrayList<>();
    for (String t : tex) {
      if (out.size() == KEY_FORMULAS) {
        break;
      }
      if (!markup.typesets(t, true)) {
        continue;
      }
      out.add(markup.math(t, true));
    }
    return out;
  }

  private static void displayMath(List<Block> blocks, Set<String> out) {
    for (Block block : Blocks.flatten(blocks)) {
      if (block instanceof Block.MathBlock m && m.tex().strip().length() > 8) {
        out.add(m.tex());
      }
    }
  }

}
