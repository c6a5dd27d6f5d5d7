package dev.studyguide.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.pipeline.Build;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.search.QueryResolver;
import dev.studyguide.search.ResolvedQuery;
import dev.studyguide.search.SearchIndex;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code studyguide search "query"}: the guide's Lucene index, queried directly. The index is built in memory
 * from the content each time (the same read, render and index steps as the build, from the same math cache), so
 * it can never be older than the content; the browser's exported index comes from the same steps, which is why
 * the two rank alike.
 */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the guide's topics, questions and notes; prints the best hits.")
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ContentOption content;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "what to search for (several words are one query)")
  List<String> words;

  @Option(names = "--json", description = "print the hits as JSON")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "how many hits (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = ".cache",
      description = "cache of typeset formulas, shared with build (default: ${DEFAULT-VALUE})")
  Path cache;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 1) {
      err.println("studyguide: --limit must be at least 1 (see --help)");
      return ExitCode.USAGE;
    }
    String query = String.join(" ", words);
    if (!QueryResolver.hasWords(query)) {
      out.println(nothingToSearch(query));
      return ExitCode.OK;
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<RenderedGuide> guide;
    try {
      guide = Build.once(line -> {}).render(new Build.Options(content.content, BuildOptions.defaultTemplates(),
          Path.of("site"), cache, null), diagnostics);
    } catch (UncheckedIOException e) {
      err.println("studyguide: cannot read the content: " + e.getMessage());
      return ExitCode.CONTENT_ERRORS;
    }
    if (guide.isEmpty()) {
      new Reporter(err).report(diagnostics.stream().filter(Diagnostic::isError).toList(), false);
      return ExitCode.CONTENT_ERRORS;
    }
    try (SearchIndex index = SearchIndex.build(guide.get())) {
      SearchIndex.Answer answer = index.searchSubmitted(query, limit);
      boolean allKnown = answer.query().words().stream().allMatch(w -> index.vocabulary().surface(w) != null);
      if (json) {
        out.println(json(query, answer));
      } else {
        text(query, answer, allKnown, out);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void text(String query, SearchIndex.Answer answer, boolean allKnown, PrintWriter out) {
    if (answer.hits().isEmpty()) {
      out.println(answer.query().isEmpty() && allKnown ? nothingToSearch(query)
          : "No results for \"" + shorten(query, 60) + "\".");
      return;
    }
    int rank = 1;
    for (SearchIndex.Hit hit : answer.hits()) {
      out.printf(Locale.ROOT, "%2d. %-8s  %-60s  %-52s %6.2f%n", rank++, hit.doc().kind().label(),
          shorten(hit.doc().title(), 60), hit.doc().url(), hit.score());
    }
    out.printf(Locale.ROOT, "%d of %d results; terms: %s%n", answer.hits().size(), answer.total(),
        answer.query().notation());
  }

  private static String json(String query, SearchIndex.Answer answer) throws Exception {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("query", query);
    root.put("terms", answer.query().clauses().stream().map(ResolvedQuery.Clause::term).toList());
    root.put("total", answer.total());
    List<Map<String, Object>> hits = new ArrayList<>();
    int rank = 1;
    for (SearchIndex.Hit hit : answer.hits()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("rank", rank++);
      entry.put("title", hit.doc().title());
      entry.put("kind", hit.doc().kind().label().toLowerCase(Locale.ROOT));
      entry.put("topic", hit.doc().topicTitle());
      entry.put("url", hit.doc().url());
      entry.put("score", Math.round(hit.score() * 1000) / 1000.0);
      hits.add(entry);
    }
    root.put("hits", hits);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
  }

  private static String nothingToSearch(String query) {
    return "Nothing to search for in \"" + shorten(query, 60) + "\": no words, or only very common ones.";
  }

  private static String shorten(String text, int length) {
    String line = text.replace('\n', ' ');
    return line.length() <= length ? line : line.substring(0, length - 1) + "…";
  }
}
