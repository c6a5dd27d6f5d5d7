package dev.studyguide.render;

import dev.studyguide.model.Block;
import dev.studyguide.model.Blocks;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Item;
import dev.studyguide.render.math.MathRequest;
import dev.studyguide.render.math.MathResult;
import dev.studyguide.render.math.MathTypesetter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every formula of the guide typeset in one batch (so KaTeX runs in parallel and the cache is read once), then
 * looked up while fragments are written. A formula KaTeX rejects is reported at each {@code file:line} where it
 * occurs and shown as its TeX source.
 */
public final class MathIndex implements FragmentMarkup {
  private final Map<MathRequest, MathResult> results;
  /** Each typeset formula's number in {@link #refs}: fragments hold the number, the markup is held there once. */
  private final Map<MathRequest, Integer> numbers = new HashMap<>();
  private final FormulaRefs refs;

  private static final int BATCH = 32;

  private MathIndex(List<MathRequest> requests, Map<MathRequest, MathResult> results) {
    this.results = results;
    List<String> markup = new ArrayList<>();
    for (MathRequest request : requests) {
      if (results.get(request) instanceof MathResult.Rendered rendered) {
        numbers.put(request, markup.size());
        markup.add(rendered.html());
      }
    }
    this.refs = new FormulaRefs(markup);
  }

  public static MathIndex typeset(Stream<Item> items, MathTypesetter typesetter, List<Diagnostic> diagnostics) {
    return typeset(items, typesetter, diagnostics, Progress.SILENT);
  }

  /** Every distinct formula of the items, in the order they first appear. */
  public static List<MathRequest> requests(Stream<Item> items) {
    Map<MathRequest, List<String>> where = new LinkedHashMap<>();
    items.forEach(item -> collect(item, where));
    return List.copyOf(where.keySet());
  }

  /** As above, counting the formulas on {@code progress} as they are typeset. */
  public static MathIndex typeset(Stream<Item> items, MathTypesetter typesetter, List<Diagnostic> diagnostics,
      Progress progress) {
    Map<MathRequest, List<String>> where = new LinkedHashMap<>();
    items.forEach(item -> collect(item, where));
    List<MathRequest> requests = new ArrayList<>(where.keySet());
    List<MathResult> typeset = new ArrayList<>();
    try (Progress.Counter counter = progress.start("math", requests.size())) {
      // In batches, so the count moves while KaTeX works; each batch still typesets on every core.
      for (int from = 0; from < requests.size(); from += BATCH) {
        List<MathRequest> batch = requests.subList(from, Math.min(requests.size(), from + BATCH));
        typeset.addAll(typesetter.typeset(batch));
        batch.forEach(r -> counter.advance());
      }
    }
    Map<MathRequest, MathResult> results = new HashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      results.put(requests.get(i), compact(typeset.get(i)));
      if (typeset.get(i) instanceof MathResult.Failed failed) {
        for (String position : where.get(requests.get(i))) {
          int colon = position.lastIndexOf(':');
          diagnostics.add(Diagnostic.warning(position.substring(0, colon),
              Integer.parseInt(position.substring(colon + 1)),
              "formula cannot be typeset: " + failed.message(), "fix the TeX; the page shows it as source meanwhile"));
        }
      }
    }
    return new MathIndex(requests, results);
  }

  /**
   * KaTeX's markup with every character above U+00FF as a character reference. Its few such characters (a
   * zero-width space in every formula, the minus sign, Greek letters in the MathML) made every fragment holding a
   * formula a UTF-16 string in the JVM, twice the memory of the one-byte strings the rest are; the rendered guide
   * is what a large build holds longest. Browsers, the checker and the PDF maker read the references as the
   * characters.
   */
  private static MathResult compact(MathResult result) {
    if (!(result instanceof MathResult.Rendered rendered) || rendered.html().chars().allMatch(c -> c <= 0xFF)) {
      return result;
    }
    StringBuilder out = new StringBuilder(rendered.html().length() + 64);
    rendered.html().codePoints().forEach(c -> {
      if (c <= 0xFF) {
        out.append((char) c);
      } else {
        out.append("&#x").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(';');
      }
    });
    return new MathResult.Rendered(out.toString());
  }

  /** A reference to the formula's markup ({@link #refs}), or the TeX as readable source when KaTeX rejected it. */
  @Override
  public String math(String tex, boolean display) {
    Integer number = numbers.get(new MathRequest(tex, display));
    return number != null ? FormulaRefs.ref(number) : html(tex, display);
  }

  /** The markup of the formulas {@link #math} refers to. */
  @Override
  public FormulaRefs formulaRefs() {
    return refs;
  }

  /** KaTeX's markup, or the TeX as readable source when KaTeX rejected it. */
  public String html(String tex, boolean display) {
    MathResult result = results.get(new MathRequest(tex, display));
    if (result instanceof MathResult.Rendered rendered) {
      return rendered.html();
    }
    String message = result instanceof MathResult.Failed f ? f.message() : "not typeset";
    String delimiter = display ? "$$" : "$";
    return "<code class=\"math-source\" title=\"" + Html.escape(message) + "\">" + Html.escape(delimiter + tex + delimiter)
        + "</code>";
  }

  /** Whether KaTeX typeset the formula (a rejected one is only shown as source). */
  @Override
  public boolean typesets(String tex, boolean display) {
    return results.get(new MathRequest(tex, display)) instanceof MathResult.Rendered;
  }

  public int size() {
    return results.size();
  }

  public long failures() {
    return results.values().stream().filter(r -> !r.succeeded()).count();
  }

  private static void collect(Item item, Map<MathRequest, List<String>> where) {
    String file = item.source().file();
    inlines(item.prompt(), file, where);
    item.followUps().forEach(f -> inlines(f, file, where));
    blocks(item.body(), file, where);
  }

  private static void blocks(List<Block> blocks, String file, Map<MathRequest, List<String>> where) {
    for (Block block : Blocks.flatten(blocks)) {
      if (block instanceof Block.MathBlock m) {
        add(where, MathRequest.display(m.tex()), file, m.line());
      }
      Blocks.inlineRuns(block).forEach(run -> inlines(run, file, where));
    }
  }

  private static void inlines(List<Inline> inlines, String file, Map<MathRequest, List<String>> where) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Math m) {
        add(where, MathRequest.inline(m.tex()), file, m.line());
      } else if (inline instanceof Inline.Styled s) {
        inlines(s.children(), file, where);
      } else if (inline instanceof Inline.Link l) {
        inlines(l.children(), file, where);
      }
    }
  }

  private static void add(Map<MathRequest, List<String>> where, MathRequest request, String file, int line) {
    where.computeIfAbsent(request, k -> new ArrayList<>()).add(file + ":" + line);
  }
}
