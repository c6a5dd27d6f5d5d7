package dev.studyguide.search;

import java.util.List;

/**
 * One searchable thing: a topic, a question (all its phrasings, follow-ups and answers) or a note.
 *
 * @param index its position in the index: Lucene's doc id and the browser's document number
 * @param url the page (and anchor) it lives at, relative to the site root
 * @param title what a result shows as its heading, plain text with math readable
 * @param topicTitle the topic it is filed under (a topic's own title for a topic)
 * @param names the topic's title and aliases (topics only): the most heavily weighted field
 * @param headings a question's phrasings or a note's title: the middle field
 * @param body answers, follow-ups, note text, a topic's summary: the plain field
 * @param text what snippets are cut from: the readable body
 */
public record SearchDoc(int index, String id, DocKind kind, String url, String title, String topicTitle,
    List<String> names, List<String> headings, List<String> body, String text) {
  public SearchDoc {
    names = List.copyOf(names);
    headings = List.copyOf(headings);
    body = List.copyOf(body);
  }
}
