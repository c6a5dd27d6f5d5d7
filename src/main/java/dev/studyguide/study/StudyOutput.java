package dev.studyguide.study;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.pack.Pack;
import dev.studyguide.pack.PackPlanner;
import dev.studyguide.render.GuideRenderer;
import dev.studyguide.render.Output;
import dev.studyguide.render.OutputFolder;
import dev.studyguide.render.RenderContext;
import dev.studyguide.render.RenderedGuide;
import java.util.ArrayList;
import java.util.List;

/**
 * The study stage of the build: an Anki import file per pack ({@code anki/<pack>.txt}), the study page
 * ({@code study.html}) with its scripts and card data ({@code assets/study-index.js}, {@code study-cards.js}, {@code study-notes.js}), and the roadmap
 * ({@code roadmap.html}).
 *
 * <p>Packs come from {@link PackPlanner}, the same plan the printable packs use, so a pack's Anki deck holds
 * exactly the questions of its PDF; this stage comes after {@code pack} in the stage order. The planner's
 * warnings about guide.yaml are reported by the packs stage, so they are collected and dropped here.
 */
public final class StudyOutput implements Output {
  /**
   * The scheduler (also run by node in the tests) and the study page's script. The progress marks' script and
   * the study style are the site's assets: every page's layout links them.
   */
  static final List<String> SCRIPTS = List.of("assets/study-scheduler.js", "assets/study.js");

  @Override
  public String name() {
    return "study";
  }

  @Override
  public void write(RenderedGuide guide, RenderContext context, OutputFolder out) {
    List<Pack> packs = PackPlanner.plan(guide.graph(), guide.corpus().config(), new ArrayList<>());
    AnkiDeck deck = new AnkiDeck(ankiFragments(guide));
    for (Pack pack : packs) {
      out.write(AnkiDeck.path(pack), writer -> deck.writeTo(pack, writer));
    }
    StudyCards.Data data = StudyCards.of(guide, packs);
    out.write(StudyCards.INDEX_SCRIPT, writer -> StudyCards.script("STUDY_INDEX", data.index(), writer));
    out.write(StudyCards.CARDS_SCRIPT, writer -> StudyCards.script("STUDY_CARDS", data.cards(), writer));
    out.write(StudyCards.NOTES_SCRIPT, writer -> StudyCards.script("STUDY_NOTES", data.notes(), writer));
    for (String script : SCRIPTS) {
      out.write(script, context.templates().asset(script));
    }
    out.write(StudyPage.PATH, StudyPage.render(guide, context.templates()));
    out.write(RoadmapPage.PATH, RoadmapPage.render(guide, context.templates()));
  }

  /** The guide rendered again with TeX in Anki's delimiters instead of KaTeX's markup. */
  static RenderedGuide ankiFragments(RenderedGuide guide) {
    return new GuideRenderer(new AnkiMath(guide.corpus().config().baseUrl()),
        ConceptAnalyzer.of(guide.graph().taxonomy())).render(guide.corpus(), guide.graph());
  }
}
