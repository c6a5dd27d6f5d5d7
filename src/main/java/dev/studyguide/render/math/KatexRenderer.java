package dev.studyguide.render.math;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * KaTeX running in GraalJS. A polyglot context must never be entered by two threads at once, so each
 * concurrent caller borrows a context of its own from a pool; all contexts share one engine, which keeps
 * KaTeX's parsed script, so every context after the first starts in milliseconds rather than a second.
 * Safe to call from any number of threads; {@link #close()} frees the engine once rendering is over.
 */
public final class KatexRenderer implements MathEngine {

  /**
   * The KaTeX options besides the display mode. Part of every cache key, so changing them re-renders.
   * {@code strict: 'ignore'}: KaTeX's LaTeX-compatibility warnings (Unicode in math, …) would only go to the
   * console, and they do not change the output.
   */
  static final String OPTIONS = "{output: 'htmlAndMathml', throwOnError: true, strict: 'ignore'}";

  // Parse errors become data, not exceptions: the build reports them against the source line. Any other
  // exception from KaTeX (an internal bug) is caught too, so one odd formula cannot stop a build.
  // Every engine evaluates this same text with {@code katex} in scope, so their outputs can only differ where
  // the JavaScript engines themselves do.
  static final String RENDER_FUNCTION = """
      (function (tex, displayMode) {
        try {
          return {ok: true, text: katex.renderToString(tex, Object.assign({displayMode: displayMode}, %s))};
        } catch (e) {
          return {ok: false, text: e instanceof katex.ParseError ? e.message : String(e)};
        }
      })""".formatted(OPTIONS);

  private static final Source KATEX = Source.create("js", KatexAssets.script());
  private static final Source RENDER = Source.create("js", RENDER_FUNCTION);

  private record Lane(Context context, Value render) {}

  private final Engine engine;
  private final Queue<Lane> idle = new ConcurrentLinkedQueue<>();
  private final Queue<Context> contexts = new ConcurrentLinkedQueue<>();
  private final AtomicInteger renders = new AtomicInteger();
  private volatile boolean closed;

  /**
   * Starts the engine and a first context (about a second or more: KaTeX's script is parsed here), so that
   * threads rendering next find the parsed script in the engine instead of each parsing it again.
   */
  public KatexRenderer() {
    engine = Engine.newBuilder("js")
        // A stock JDK has no Graal compiler; interpreting is the expected mode here, not a problem to warn of.
        .option("engine.WarnInterpreterOnly", "false")
        .build();
    try {
      idle.add(newLane());
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Typesets one formula; a TeX error comes back as {@link MathResult.Failed}, never as an exception. */
  public MathResult render(MathRequest request) {
    Lane lane = borrow();
    try {
      Value out = lane.render().execute(request.tex(), request.display());
      renders.incrementAndGet();
      String text = out.getMember("text").asString();
      return out.getMember("ok").asBoolean() ? new MathResult.Rendered(text) : new MathResult.Failed(text);
    } finally {
      idle.add(lane);
    }
  }

  @Override
  public List<MathResult> render(List<MathRequest> requests) {
    return requests.stream().map(this::render).toList();
  }

  @Override
  public String name() {
    return "jvm";
  }

  /** How many formulas this renderer has typeset (failures included). */
  public int renders() {
    return renders.get();
  }

  /** How many contexts the pool holds: at most the number of threads that rendered at the same time. */
  public int contexts() {
    return contexts.size();
  }

  /** The version KaTeX reports from inside the engine. */
  public String katexVersion() {
    Lane lane = borrow();
    try {
      return lane.context().getBindings("js").getMember("katex").getMember("version").asString();
    } finally {
      idle.add(lane);
    }
  }

  private Lane borrow() {
    if (closed) {
      throw new IllegalStateException("KaTeX renderer is closed");
    }
    Lane lane = idle.poll();
    return lane != null ? lane : newLane();
  }

  private Lane newLane() {
    Context context = Context.newBuilder("js").engine(engine).build();
    contexts.add(context);
    context.eval(KATEX);
    return new Lane(context, context.eval(RENDER));
  }

  /** Closes every context and the engine; call it only when no render is in flight. */
  @Override
  public void close() {
    closed = true;
    for (Context context : contexts) {
      context.close();
    }
    contexts.clear();
    idle.clear();
    engine.close();
  }
}
