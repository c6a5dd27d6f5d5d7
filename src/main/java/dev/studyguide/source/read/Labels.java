package dev.studyguide.source.read;

import dev.studyguide.model.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labels the general reader gives items, unique within a document, short (they are shown on source badges),
 * and derived from what the source says, never from positions: a question's own number ({@code #12}), or the
 * first words of its prompt; a note's section path and title. Where collections restart their numbering in each
 * section, the section qualifies a number that repeats ({@code Matrices #2}); a label still taken gets its line,
 * and the repeat is reported.
 */
final class Labels {
  private static final int PROMPT_WORDS = 6;
  private final Set<String> taken = new HashSet<>();
  private final Map<String, Integer> numberUses = new HashMap<>();
  private final String file;
  private final List<Diagnostic> diagnostics;

  Labels(String file, List<OutlinePart> parts, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
    parts.stream().filter(p -> p.kind() == OutlinePart.Kind.QUESTION && p.question().numbered())
        .forEach(p -> numberUses.merge(p.question().number(), 1, Integer::sum));
  }

  String question(OutlinePart part) {
    QuestionText text = part.question();
    String section = part.sectionPath().isEmpty() ? "" : part.sectionPath().get(part.sectionPath().size() - 1);
    if (text.numbered()) {
      String number = "#" + text.number();
      boolean once = numberUses.getOrDefault(text.number(), 0) == 1;
      return unique(once || section.isEmpty() ? number : section + " " + number, part.from(), true);
    }
    String[] words = text.text().split("\\s+");
    String prompt = String.join(" ", List.of(words).subList(0, Math.min(PROMPT_WORDS, words.length)));
    return unique(words.length > PROMPT_WORDS ? prompt + " …" : prompt, part.from(), false);
  }

  String note(OutlinePart part, String title) {
    List<String> path = new ArrayList<>(part.sectionPath());
    path.add(title);
    return unique(String.join(" › ", path), part.from(), false);
  }

  private String unique(String label, int line, boolean report) {
    if (taken.add(label)) {
      return label;
    }
    if (report) {
      diagnostics.add(Diagnostic.warning(file, line, "question number " + label + " is used twice",
          "renumber the questions; this one is labelled by its line"));
    }
    String byLine = label + " (line " + line + ")";
    taken.add(byLine);
    return byLine;
  }
}
