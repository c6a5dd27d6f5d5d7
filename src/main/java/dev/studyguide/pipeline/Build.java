package dev.studyguide.pipeline;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.graph.answer.Answers;
import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.pack.BuildDate;
import dev.studyguide.pack.PackOutput;
import dev.studyguide.render.GuideRenderer;
import dev.studyguide.render.LocalImages;
import dev.studyguide.render.MathIndex;
import dev.studyguide.render.Output;
import dev.studyguide.render.OutputFolder;
import dev.studyguide.render.Progress;
import dev.studyguide.render.RenderContext;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SitemapOutput;
import dev.studyguide.render.Templates;
import dev.studyguide.search.SearchOutput;
import dev.studyguide.source.Ingest;
import dev.studyguide.site.SiteOutput;
import dev.studyguide.study.StudyOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The build, as a recipe: read the sources and build the topic graph; typeset every formula; render every
 * question and note once; let each output (site, search, packs, study, sitemap) write from that into a staging
 * folder; swap the staging folder in. Any error before the swap leaves the previous output untouched. A build
 * kept from run to run ({@code serve} keeps one) reuses what the content's edits left alone, and can publish the
 * pages first ({@link #runPagesFirst}).
 */
public final class Build {

  /**
   * Where to read from and write to.
   *
   * @param cache folder for what later builds can reuse: typeset formulas ({@code katex/}), finished PDFs
   *     ({@code pdf/}), the guide as last read ({@code guide/})
   */
  public record Options(Path content, Path templates, Path out, Path cache, String baseUrl) {}

  /**
   * The diagnostics of every stage, whether the new output replaced the old, and the PDFs the build left to lay
   * out when asked to ({@link PackOutput.Pdfs#LATER}): run that, then build again, to publish them.
   */
  public record Result(List<Diagnostic> diagnostics, boolean published, Optional<Runnable> later) {
    Result(List<Diagnostic> diagnostics, boolean published) {
      this(diagnostics, published, Optional.empty());
    }
  }

  private final BuildDate date;
  private final Progress progress;
  /** Kept from build to build, so building again after an edit redoes only what the edit changed. */
  private final GuideLoader guides = new GuideLoader();
  private Templates templates;
  /** Whether what one build renders is kept for the next: only for builds run again and again ({@code serve}). */
  private final boolean keeps;
  /** The tool as the guide cache knows it; empty: no guide is kept (serve has it in memory). */
  private final Optional<String> tool;
  /** Outputs that remember what they can reuse (the packs' output is made per build: it is told when to lay out). */
  private final Output site = new SiteOutput();
  private final Output search;
  private final Output study = new StudyOutput();

  /** A build run again and again ({@code serve}): each reuses what the one before rendered. */
  public Build(Progress progress) {
    this(progress, BuildDate.fromEnvironment());
  }

  /** As above, stamping {@code date} on its packs (tests fix it so PDFs compare byte for byte). */
  public Build(Progress progress, BuildDate date) {
    this(progress, date, true, Optional.empty());
  }

  private Build(Progress progress, BuildDate date, boolean keeps, Optional<String> tool) {
    this.progress = progress;
    this.date = date;
    this.keeps = keeps;
    this.tool = tool;
    this.search = new SearchOutput(keeps);
  }

  /**
   * A build run once ({@code studyguide build}): it keeps no rendering for a next build, so a large guide's pages
   * and search analysis do not stay in the heap beside its PDFs' layout; it keeps the guide it read in the cache
   * instead, for the next build of the same content by the same tool.
   */
  public static Build once(Progress progress) {
    return new Build(progress, BuildDate.fromEnvironment(), false, GuideCache.runningTool());
  }

  /** As above, for a tool named {@code tool} (tests run from class folders, which {@link GuideCache} skips). */
  static Build once(Progress progress, BuildDate date, String tool) {
    return new Build(progress, date, false, Optional.of(tool));
  }

  public Result run(Options options) throws IOException {
    return run(options, PackOutput.Pdfs.NOW);
  }

  /** A build that lays out the PDFs missing from the cache {@code pdfs}: now, or after publishing. */
  public Result run(Options options, PackOutput.Pdfs pdfs) throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<RenderedGuide> rendered = checkedRender(options, diagnostics);
    if (rendered.isEmpty()) {
      return new Result(diagnostics, false);
    }
    return publish(rendered.get(), templates(options.templates()), options, pdfs, diagnostics);
  }

  /**
   * {@code serve}'s rebuild after an edit: the pages first, published beside the rest of the last site as it was
   * (so the edit shows at once; {@code pagesPublished} runs then), then every output, published again, with the
   * PDFs the edit changed left for later. Without a published site to stand beside, the pages wait for the rest.
   */
  public Result runPagesFirst(Options options, Runnable pagesPublished) throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<RenderedGuide> rendered = checkedRender(options, diagnostics);
    if (rendered.isEmpty()) {
      return new Result(diagnostics, false);
    }
    Templates templates = templates(options.templates());
    if (Files.isDirectory(options.out())) {
      long start = System.nanoTime();
      try (OutputFolder out = OutputFolder.beside(options.out(), rendered.get().formulas())) {
        out.startFromPublished();
        // Its diagnostics come again with the whole build; only the pages matter here.
        site.write(rendered.get(), new RenderContext(templates, new ArrayList<>(), progress), out);
        out.commit();
      }
      step("pages", start, "→ " + options.out() + ", the rest follows");
      pagesPublished.run();
    }
    return publish(rendered.get(), templates, options, PackOutput.Pdfs.LATER, diagnostics);
  }

  /** The guide rendered, when the templates folder exists and the content has no errors. */
  private Optional<RenderedGuide> checkedRender(Options options, List<Diagnostic> diagnostics) {
    if (!Files.isDirectory(options.templates())) {
      diagnostics.add(Diagnostic.error(options.templates().toString(), 0, "templates folder is missing",
          "run from the project folder or pass --templates DIR"));
      return Optional.empty();
    }
    return render(options, diagnostics);
  }

  private Result publish(RenderedGuide rendered, Templates templates, Options options, PackOutput.Pdfs pdfs,
      List<Diagnostic> diagnostics) throws IOException {
    long start = System.nanoTime();
    PackOutput packs = new PackOutput(date, options.cache().resolve("pdf"), pdfs);
    try (OutputFolder out = OutputFolder.beside(options.out(), rendered.formulas())) {
      // The packs start first: laying out their PDFs is the longest output by far, and its threads share the
      // cores with the other outputs, which take turns on the second thread of the outputs' pool.
      writeAll(List.of(site, search, packs, study), packs, rendered, templates, out, diagnostics);
      new SitemapOutput().write(rendered, new RenderContext(templates, diagnostics), out);
      out.commit();
    }
    step("publish", start, "→ " + options.out());
    return new Result(diagnostics, true, packs.later());
  }

  /** The templates of the last build while their folder is unchanged (with what they rendered), else read anew. */
  private synchronized Templates templates(Path dir) {
    if (!keeps) {
      return Templates.forOneBuild(dir);
    }
    if (templates == null || !templates.dir().equals(dir) || !templates.unchanged()) {
      templates = new Templates(dir);
    }
    templates.nextBuild();
    return templates;
  }

  /**
   * Runs the outputs side by side (they only read the rendered guide and write their own files), {@code first}
   * started first, each with its own diagnostics, added in output order so the report reads the same every run.
   * When one fails (or the build is interrupted), the others are let finish first, so nothing writes into the
   * staging folder as it is removed. The sitemap, which lists what the others wrote, runs after them.
   */
  private void writeAll(List<Output> outputs, Output first, RenderedGuide guide, Templates templates,
      OutputFolder out, List<Diagnostic> diagnostics) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(outputs.size(),
        Runtime.getRuntime().availableProcessors()));
    List<Output> startOrder = new ArrayList<>(outputs);
    startOrder.remove(first);
    startOrder.add(0, first);
    Map<Output, Future<List<Diagnostic>>> written = new IdentityHashMap<>();
    try {
      for (Output output : startOrder) {
        written.put(output, pool.submit(() -> write(output, guide, templates, out)));
      }
    } finally {
      pool.shutdown();
    }
    Throwable failure = null;
    boolean interrupted = false;
    for (Output output : outputs) {
      Future<List<Diagnostic>> future = written.get(output);
      while (true) {
        try {
          diagnostics.addAll(future.get());
          break;
        } catch (ExecutionException e) {
          failure = failure == null ? e.getCause() : failure;
          break;
        } catch (InterruptedException e) {
          // Stopped (serve closing): still wait for the outputs, or they write on into a removed staging folder.
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("build interrupted");
    }
    rethrow(failure);
  }

  private List<Diagnostic> write(Output output, RenderedGuide guide, Templates templates, OutputFolder out)
      throws IOException {
    long start = System.nanoTime();
    List<Diagnostic> found = new ArrayList<>();
    output.write(guide, new RenderContext(templates, found, progress), out);
    step(output.name(), start, "written");
    return found;
  }

  /** How many questions have an answer of their own, only a linked passage, or nothing. */
  private static String answered(TopicGraph graph) {
    Answers.Summary s = graph.answers().summary(graph.questions().size());
    return s.authored() + " answered by their source, " + s.linked() + " by a linked passage, " + s.nothing()
        + " with nothing";
  }

  /** Throws what an output threw, as it threw it (a template error stays a template error). */
  private static void rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
  }

  /**
   * The guide read, typeset and rendered once, writing nothing (the CLI's search builds its index from this);
   * empty when the content has errors, which are added to {@code diagnostics}.
   */
  public Optional<RenderedGuide> render(Options options, List<Diagnostic> diagnostics) {
    long start = System.nanoTime();
    AtomicReference<EarlyMath> math = new AtomicReference<>();
    Consumer<Corpus> startMath = corpus -> math.set(EarlyMath.start(corpus, options.cache().resolve("katex"),
        progress));
    GuideCache.Loaded loaded = tool.isPresent()
        ? new GuideCache(options.cache().resolve("guide"), tool.get()).load(options.content(), guides::load, startMath)
        : new GuideCache.Loaded(guides.load(options.content(), startMath), false);
    Guide guide = loaded.guide();
    diagnostics.addAll(guide.diagnostics());
    if (guide.hasErrors() || guide.graph().isEmpty()) {
      if (math.get() != null) {
        math.get().discard();
      }
      return Optional.empty();
    }
    TopicGraph graph = guide.graph().get();
    step("read", start, guide.corpus().readings().size() + " sources, " + guide.corpus().items().count()
        + " items, " + graph.topics().size() + " topics, " + graph.questions().size() + " questions ("
        + answered(graph) + ")" + (loaded.kept() ? ", kept from the last build" : ""));
    EarlyMath.Typeset typeset = math.get().join();
    diagnostics.addAll(typeset.diagnostics());
    line("math", typeset.nanos(), typeset.detail());
    MathIndex formulas = typeset.index();
    LocalImages images = LocalImages.read(options.content().resolve(Ingest.SOURCES_DIR), guide.corpus().items(),
        diagnostics);
    start = System.nanoTime();
    RenderedGuide rendered = new GuideRenderer(formulas.showingImages(images), ConceptAnalyzer.of(graph.taxonomy()))
        .render(withBaseUrl(guide, options.baseUrl()).corpus(), graph, images);
    step("render", start, rendered.questions().size() + " questions, " + rendered.notes().size() + " notes");
    return Optional.of(rendered);
  }

  private static Guide withBaseUrl(Guide guide, String baseUrl) {
    if (baseUrl == null || baseUrl.isEmpty()) {
      return guide;
    }
    var config = guide.corpus().config();
    String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    var corpus = new dev.studyguide.model.Corpus(
        new dev.studyguide.model.GuideConfig(config.title(), config.description(), url, config.sources(),
            config.packs()),
        guide.corpus().readings(), guide.corpus().diagnostics());
    return new Guide(corpus, guide.graph(), guide.diagnostics());
  }

  private void step(String name, long startNanos, String detail) {
    line(name, System.nanoTime() - startNanos, detail);
  }

  private void line(String name, long nanos, String detail) {
    progress.line(String.format(java.util.Locale.ROOT, "%-8s %5d ms  %s", name, nanos / 1_000_000, detail));
  }
}
