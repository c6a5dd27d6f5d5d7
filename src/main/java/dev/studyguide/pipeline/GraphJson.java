package dev.studyguide.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.studyguide.graph.Link;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.graph.TopicHomes;
import dev.studyguide.graph.answer.LinkedAnswer;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import dev.studyguide.model.SourceRef;

/** The topic graph as JSON ({@code studyguide graph --json}). */
public final class GraphJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GraphJson() {}

  public static String write(TopicGraph graph) {
    ObjectNode root = JSON.objectNode();
    ArrayNode topics = root.putArray("topics");
    TopicHomes homes = TopicHomes.of(graph);
    graph.topics().forEach(entry -> topics.add(topic(entry, homes, graph)));
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }

  private static ObjectNode topic(TopicEntry entry, TopicHomes homes, TopicGraph graph) {
    ObjectNode node = JSON.objectNode();
    node.put("id", entry.topic().id());
    node.put("title", entry.topic().title());
    node.put("category", entry.topic().category());
    if (entry.topic().hasParent()) {
      node.put("parent", entry.topic().parent());
    } else {
      node.putNull("parent");
    }
    node.put("page", homes.pageOf(entry.topic().id())); // the topic whose page shows it
    ArrayNode aliases = node.putArray("aliases");
    entry.topic().aliases().forEach(aliases::add);
    ArrayNode questions = node.putArray("questions");
    entry.questions().forEach(q -> questions.add(question(q, graph)));
    ArrayNode also = node.putArray("alsoListed");
    entry.alsoQuestions().forEach(q -> also.add(q.id()));
    entry.alsoNotes().forEach(n -> also.add(n.id()));
    ArrayNode notes = node.putArray("notes");
    entry.notes().forEach(n -> notes.add(note(n)));
    ArrayNode related = node.putArray("related");
    for (Link link : entry.related()) {
      related.addObject().put("topic", link.topic()).put("kind", link.kind().jsonName())
          .put("weight", Math.round(link.weight() * 1000) / 1000.0);
    }
    return node;
  }

  private static ObjectNode question(MergedQuestion q, TopicGraph graph) {
    ObjectNode node = JSON.objectNode();
    node.put("id", q.id());
    node.put("prompt", Inlines.plainText(q.canonical().prompt()));
    ArrayNode phrasings = node.putArray("phrasings");
    q.members().forEach(m -> phrasings.add(Inlines.plainText(m.prompt())));
    ArrayNode followUps = node.putArray("followUps");
    q.followUps().forEach(f -> followUps.add(Inlines.plainText(f)));
    if (!q.difficulty().isEmpty()) {
      node.put("difficulty", q.difficulty());
    }
    ArrayNode sources = node.putArray("sources");
    q.sources().forEach(s -> sources.add(source(s)));
    ArrayNode answers = node.putArray("answers");
    for (LinkedAnswer answer : graph.answers().of(q.id())) {
      SourceRef ref = answer.passage().source();
      ObjectNode a = answers.addObject().put("file", ref.file());
      a.putArray("lines").add(ref.fromLine()).add(ref.toLine());
      a.put("label", ref.label()).put("score", Math.round(answer.score() * 1000) / 1000.0)
          .put("authored", answer.authored());
    }
    return node;
  }

  private static ObjectNode note(Item note) {
    ObjectNode node = JSON.objectNode();
    node.put("id", note.id());
    node.put("title", note.title());
    node.putArray("sources").add(source(note.source()));
    return node;
  }

  private static ObjectNode source(SourceRef ref) {
    return CorpusJson.source(ref);
  }
}
