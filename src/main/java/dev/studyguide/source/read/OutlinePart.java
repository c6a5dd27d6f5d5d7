package dev.studyguide.source.read;

import java.util.List;

/**
 * One stretch of a markdown document as the general reader cuts it: the document's title with its
 * introduction, a section of explanation (a note), or a question with its answer.
 *
 * @param from first line (the heading, the question, or a context sentence the question carries)
 * @param to last line, before trimming trailing blank and decoration lines
 * @param promptFrom first line of the question's text
 * @param promptTo last line of the question's text (a Q/A pair's question may run over several lines)
 * @param question the question's text and marks; for a section, its heading's
 * @param context a sentence the question depends on ("Assume you manage a file store…"), carried into its prompt
 * @param followUps nested questions under a question that asks itself, with their lines
 * @param sectionPath the enclosing section headings, outermost first
 * @param indent for a list question, its marker's column; else -1
 */
record OutlinePart(Kind kind, int from, int to, int promptFrom, int promptTo, QuestionText question,
    String context, List<FollowUp> followUps, List<String> sectionPath, int indent) {
  enum Kind { TITLE, SECTION, QUESTION }

  record FollowUp(int line, QuestionText question) {}

  OutlinePart {
    followUps = List.copyOf(followUps);
    sectionPath = List.copyOf(sectionPath);
  }

  OutlinePart endingAt(int line) {
    return new OutlinePart(kind, from, line, promptFrom, promptTo, question, context, followUps, sectionPath, indent);
  }
}
