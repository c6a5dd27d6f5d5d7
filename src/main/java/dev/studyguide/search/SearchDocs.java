package dev.studyguide.search;

import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.Topic;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicHomes;
import dev.studyguide.model.Item;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.RenderedNote;
import dev.studyguide.render.RenderedQuestion;
import dev.studyguide.render.SiteLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The documents of the index, from the guide as rendered: topic by topic in taxonomy order, each topic followed
 * by its questions and notes, so a document's number says where it sits in the guide. Text comes from the same
 * records the site's fragments were written from (the model content inside {@link RenderedQuestion} and
 * {@link RenderedNote}), never from HTML.
 */
final class SearchDocs {
  private SearchDocs() {}

  static List<SearchDoc> of(RenderedGuide guide) {
    List<SearchDoc> docs = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    TopicHomes homes = guide.homes();
    for (TopicEntry entry : guide.graph().topics()) {
      docs.add(topic(docs.size(), entry.topic(), homes));
      for (MergedQuestion q : entry.questions()) {
        if (seen.add(q.id())) {
          docs.add(question(docs.size(), guide.question(q.id()), entry.topic()));
        }
      }
      for (Item note : entry.notes()) {
        if (seen.add(note.id())) {
          docs.add(note(docs.size(), guide.note(note.id()), entry.topic()));
        }
      }
    }
    return docs;
  }

  /** A folded topic's result opens its section on the page that shows it, not the page that only sends on. */
  private static SearchDoc topic(int index, Topic topic, TopicHomes homes) {
    String text = topic.summary() + (topic.aliases().isEmpty() ? "" : "\nAlso known as: "
        + String.join(", ", topic.aliases()));
    return new SearchDoc(index, topic.id(), DocKind.TOPIC, SiteLayout.topicShown(homes, topic.id()),
        topic.title(), topic.title(), topic.names(), List.of(), List.of(topic.summary()), text.strip());
  }

  private static SearchDoc question(int index, RenderedQuestion rendered, Topic topic) {
    MergedQuestion q = rendered.question();
    String prompt = ReadableText.of(q.canonical().prompt());
    List<String> headings = new ArrayList<>();
    headings.add(prompt);
    q.otherPhrasings().forEach(p -> headings.add(ReadableText.of(p)));
    if (!q.title().isEmpty()) {
      headings.add(q.title());
    }
    List<String> body = new ArrayList<>();
    q.followUps().forEach(f -> body.add(ReadableText.of(f)));
    q.answered().forEach(m -> body.add(ReadableText.ofBlocks(m.body())));
    List<String> shown = new ArrayList<>(headings.subList(1, headings.size()));
    shown.addAll(body);
    return new SearchDoc(index, q.id(), DocKind.QUESTION, SiteLayout.topic(topic.id()) + "#" + q.id(), prompt,
        topic.title(), List.of(), headings, body, String.join("\n", shown));
  }

  private static SearchDoc note(int index, RenderedNote rendered, Topic topic) {
    Item note = rendered.note();
    String body = ReadableText.ofBlocks(note.body());
    // Cheat-sheet headings end in a colon ("Eigenvalues and Eigenvectors:"); a result title does not need it.
    String title = note.title().isBlank() ? topic.title() + " (note)" : note.title().strip().replaceAll(":$", "");
    return new SearchDoc(index, note.id(), DocKind.NOTE, SiteLayout.topic(topic.id()) + "#" + note.id(), title,
        topic.title(), List.of(), note.title().isBlank() ? List.of() : List.of(title), List.of(body), body);
  }
}
