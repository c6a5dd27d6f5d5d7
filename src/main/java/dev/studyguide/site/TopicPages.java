package dev.studyguide.site;

import dev.studyguide.graph.Category;
import dev.studyguide.graph.Link;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.graph.TopicHomes;
import dev.studyguide.model.Item;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.RenderedNote;
import dev.studyguide.render.RenderedQuestion;
import dev.studyguide.render.SiteLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page per topic: notes, key formulas, questions with every phrasing, follow-up and answer, related
 * topics by kind, the topics linking here, and the neighbours in the category's study order.
 */
final class TopicPages {
  private TopicPages() {}

  static List<SitePage> build(RenderedGuide guide) {
    TopicGraph graph = guide.graph();
    TopicHomes homes = guide.homes();
    Map<String, Set<String>> backlinks = backlinks(guide, homes);
    List<SitePage> pages = new ArrayList<>();
    String baseUrl = guide.corpus().config().baseUrl();
    homes.folded().keySet().stream().sorted()
        .forEach(id -> pages.add(redirect(graph, id, homes.pageOf(id), baseUrl)));
    for (Category category : graph.taxonomy().categories()) {
      List<TopicEntry> order = CategoryPages.studyOrder(graph, category.id()).stream()
          .filter(e -> homes.hasPage(e.topic().id())).toList();
      for (int i = 0; i < order.size(); i++) {
        TopicEntry entry = order.get(i);
        Views.Link previous = i > 0 ? Cards.topicLink(order.get(i - 1), homes) : null;
        Views.Link next = i + 1 < order.size() ? Cards.topicLink(order.get(i + 1), homes) : null;
        Views.Link categoryLink = new Views.Link(category.title(),
            SiteLayout.FRAGMENT_ROOT + SiteLayout.category(category.id()));
        Views.TopicPage view = view(guide, homes, entry, categoryLink,
            backlinks.getOrDefault(entry.topic().id(), Set.of()), previous, next,
            sections(guide, homes, entry.topic().id()));
        pages.add(new SitePage(SiteLayout.topic(entry.topic().id()), "topic", view, entry.topic().title(),
            description(entry)));
      }
    }
    return pages;
  }

  private static Views.TopicPage view(RenderedGuide guide, TopicHomes homes, TopicEntry entry, Views.Link category,
      Set<String> linkingHere, Views.Link previous, Views.Link next, List<Views.Section> sections) {
    TopicGraph graph = guide.graph();
    List<Views.Note> notes = entry.notes().stream().map(n -> note(guide.note(n.id()))).toList();
    List<Views.Question> questions = entry.questions().stream()
        .map(q -> question(guide.question(q.id()), graph, homes, entry.topic().id())).toList();
    List<Views.AlsoListed> also = new ArrayList<>();
    for (MergedQuestion q : entry.alsoQuestions()) {
      TopicEntry home = graph.topic(q.placement().topic()).orElseThrow();
      also.add(new Views.AlsoListed(guide.question(q.id()).promptHtml(),
          SiteLayout.FRAGMENT_ROOT + SiteLayout.topic(home.topic().id()) + "#" + q.id(), home.topic().title()));
    }
    for (Item n : entry.alsoNotes()) {
      String home = graph.noteByItem().get(n.id()).topic();
      also.add(new Views.AlsoListed(guide.note(n.id()).titleHtml(),
          SiteLayout.FRAGMENT_ROOT + SiteLayout.topic(home) + "#" + n.id(), graph.topic(home).orElseThrow().topic().title()));
    }
    List<Views.Related> related = entry.related().stream().map(l -> related(graph, homes, l)).toList();
    List<Views.Link> backlinks = linkingHere.stream()
        .map(id -> Cards.topicLink(graph.topic(id).orElseThrow(), homes)).toList();
    return new Views.TopicPage(entry.topic().title(), entry.topic().summary(), String.join(", ", entry.topic().aliases()),
        category, entry.topic().level(), guide.keyFormulas().get(entry.topic().id()), notes, questions, also, related,
        backlinks, previous, next, sections);
  }

  /** The narrower and folded topics a page shows: each with its items, or with those listing it. */
  private static List<Views.Section> sections(RenderedGuide guide, TopicHomes homes, String topicId) {
    TopicGraph graph = guide.graph();
    List<Views.Section> out = new ArrayList<>();
    for (String id : homes.sectionsOf(topicId)) {
      TopicEntry entry = graph.topic(id).orElseThrow();
      List<Views.AlsoListed> items = new ArrayList<>();
      String title = entry.topic().title();
      for (MergedQuestion q : concat(entry.questions(), entry.alsoQuestions())) {
        String home = q.placement().topic();
        items.add(new Views.AlsoListed(guide.question(q.id()).promptHtml(),
            SiteLayout.FRAGMENT_ROOT + SiteLayout.topic(home) + "#" + q.id(), title));
      }
      for (Item n : concat(entry.notes(), entry.alsoNotes())) {
        String home = graph.noteByItem().get(n.id()).topic();
        items.add(new Views.AlsoListed(guide.note(n.id()).titleHtml(),
            SiteLayout.FRAGMENT_ROOT + SiteLayout.topic(home) + "#" + n.id(), title));
      }
      String url = homes.hasPage(id) ? SiteLayout.FRAGMENT_ROOT + SiteLayout.topic(id) : null;
      out.add(new Views.Section(SiteLayout.topicSection(id), title, url, entry.topic().summary(), items));
    }
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** The page at a folded topic's address, leading to the section of the page that shows it now. */
  private static SitePage redirect(TopicGraph graph, String topicId, String homeId, String baseUrl) {
    TopicEntry home = graph.topic(homeId).orElseThrow();
    String title = graph.topic(topicId).orElseThrow().topic().title();
    String description = title + ": a section of " + home.topic().title() + ".";
    String path = SiteLayout.topic(topicId);
    Views.Redirect view = new Views.Redirect(title, description, baseUrl.isEmpty() ? null : baseUrl + path,
        SiteLayout.FRAGMENT_ROOT + SiteLayout.topic(homeId) + "#" + SiteLayout.topicSection(topicId),
        home.topic().title());
    return new SitePage(path, REDIRECT, view, title, description);
  }

  /** The template of a folded topic's old address: a whole page of its own, not in the site's layout. */
  static final String REDIRECT = "redirect";

  private static Views.Note note(RenderedNote note) {
    return new Views.Note(note.id(), note.titleHtml(), note.html(), Cards.badge(note.source()));
  }

  private static Views.Question question(RenderedQuestion q, TopicGraph graph, TopicHomes homes, String pageTopic) {
    List<Views.Answer> answers = q.answers().stream()
        .map(a -> new Views.Answer(a.html(), Cards.badge(a.source()))).toList();
    List<Views.Link> alsoOn = q.question().placement().alsoOn().stream()
        .map(id -> Cards.topicLink(graph.topic(id).orElseThrow(), homes)).toList();
    return new Views.Question(q.id(), q.question().title(), q.promptHtml(), q.phrasingsHtml(), q.followUpsHtml(),
        answers, Cards.fromSources(q, graph, pageTopic), q.sources().stream().map(Cards::badge).toList(), alsoOn,
        q.question().difficulty());
  }

  private static Views.Related related(TopicGraph graph, TopicHomes homes, Link link) {
    String kind = switch (link.kind()) {
      case PREREQUISITE -> "prerequisite";
      case LEADS_TO -> "builds on this";
      case SHARED -> "shared questions";
      case MENTION -> "mentioned together";
    };
    TopicEntry other = graph.topic(link.topic()).orElseThrow();
    return new Views.Related(other.topic().title(),
        SiteLayout.FRAGMENT_ROOT + SiteLayout.topicShown(homes, link.topic()), kind);
  }

  /**
   * For each topic, the topics whose fragments link to its page, in taxonomy order: a mention of a folded topic
   * links its section on the page that shows it.
   */
  private static Map<String, Set<String>> backlinks(RenderedGuide guide, TopicHomes homes) {
    Map<String, Set<String>> out = new HashMap<>();
    for (TopicEntry entry : guide.graph().topics()) {
      String from = entry.topic().id();
      Set<String> targets = new LinkedHashSet<>();
      entry.questions().forEach(q -> targets.addAll(guide.question(q.id()).linkedTopics()));
      entry.notes().forEach(n -> targets.addAll(guide.note(n.id()).linkedTopics()));
      targets.forEach(to -> out.computeIfAbsent(homes.pageOf(to), k -> new LinkedHashSet<>()).add(from));
    }
    return out;
  }

  private static String description(TopicEntry entry) {
    String counts = entry.questions().size() + " interview questions and " + entry.notes().size() + " notes";
    return entry.topic().summary().isEmpty() ? entry.topic().title() + ": " + counts
        : entry.topic().summary() + " " + counts + ".";
  }
}
