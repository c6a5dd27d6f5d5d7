package dev.studyguide.source.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds TeX that lost its dollar signs in an export ({@code where \bar{X} is the sample mean},
 * {@code - \mathbf{x}_i : Feature vector}), so it can be shown as math again while the words around it stay text.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>A backslash command ({@code \bar}, {@code \mathbf}, {@code \dots}) with its brace arguments and any
 *       {@code _}/{@code ^} scripts is TeX: prose never writes a backslash before letters.
 *   <li>Next to such a command, a comma-separated run of TeX atoms belongs to the same formula: other commands,
 *       or a letter carrying a script ({@code X_1, X_2, \dots, X_n}). A lone scripted letter such as {@code H_0}
 *       is left alone: without a command it cannot be told from an identifier.
 *   <li>Parentheses directly around such a run of two or more atoms are part of it ({@code (\mathbf{x}_i, y_i)}).
 * </ol>
 */
public final class BareTex {
  private BareTex() {}

  /** A stretch {@code [start, end)} of the text that is TeX. */
  public record Span(int start, int end) {}

  private static final String GROUP = "\\{(?:[^{}]|\\{[^{}]*\\})*\\}";
  private static final String SCRIPTS = "(?:[_^](?:" + GROUP + "|[A-Za-z0-9]))";
  private static final Pattern ATOM = Pattern.compile(
      "(?<command>\\\\[A-Za-z]+(?:" + GROUP + ")*" + SCRIPTS + "*)"
          + "|(?<![A-Za-z0-9\\\\])[A-Za-z]" + SCRIPTS + "+");
  private static final Pattern LIST_SEPARATOR = Pattern.compile(", *");

  /** The TeX spans of {@code prose}, in order and not overlapping. */
  public static List<Span> find(String prose) {
    if (prose.indexOf('\\') < 0) {
      return List.of(); // a run is kept only with a command in it; most prose lines have none, and skip the scan
    }
    List<Span> spans = new ArrayList<>();
    List<Atom> run = new ArrayList<>();
    Matcher atoms = ATOM.matcher(prose);
    while (atoms.find()) {
      Atom atom = new Atom(atoms.start(), atoms.end(), atoms.group("command") != null);
      if (!run.isEmpty() && !separatedByComma(prose, run.get(run.size() - 1), atom)) {
        addRun(prose, run, spans);
        run.clear();
      }
      run.add(atom);
    }
    addRun(prose, run, spans);
    return spans;
  }

  private record Atom(int start, int end, boolean command) {}

  private static boolean separatedByComma(String prose, Atom before, Atom after) {
    return LIST_SEPARATOR.matcher(prose.substring(before.end(), after.start())).matches();
  }

  private static void addRun(String prose, List<Atom> run, List<Span> spans) {
    if (run.stream().noneMatch(Atom::command)) {
      return;
    }
    int start = run.get(0).start();
    int end = run.get(run.size() - 1).end();
    boolean parenthesised = start > 0 && prose.charAt(start - 1) == '('
        && end < prose.length() && prose.charAt(end) == ')';
    if (run.size() > 1 && parenthesised) {
      start--;
      end++;
    }
    spans.add(new Span(start, end));
  }
}
