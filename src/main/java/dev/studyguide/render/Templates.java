package dev.studyguide.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The Mustache templates and static assets of {@code templates/}: a designer changes the look there, never in
 * Java. {@code {{x}}} escapes; {@code {{{x}}}} is only used for fragments this stage rendered itself.
 */
public final class Templates {
  private final Path dir;
  private final DefaultMustacheFactory factory;
  private final Map<String, byte[]> files;
  /**
   * Pages rendered in this build, and in the one before: a view equal to one rendered then is not rendered again.
   * Held softly, view and page together (by the view's hash; a hash two views share keeps the later one): they are
   * every page of the site and every pack's XHTML, and a page's view holds its body, so a view held strongly kept a
   * second copy of the whole site (at 100x the synthetic guide, most of a 2 GB heap). Worth keeping for
   * {@code serve}'s next build only while the heap has room.
   */
  private Map<Integer, SoftReference<Kept>> rendered = new ConcurrentHashMap<>();
  private Map<Integer, SoftReference<Kept>> renderedBefore = Map.of();
  /** False for a build that runs once: nothing it renders is kept. */
  private final boolean remembers;

  /** Templates that remember what they render for the next build ({@code serve}'s). */
  public Templates(Path dir) {
    this(dir, true);
  }

  private Templates(Path dir, boolean remembers) {
    this.dir = dir;
    this.factory = new DefaultMustacheFactory(dir.toFile());
    this.files = read(dir);
    this.remembers = remembers;
  }

  /**
   * Templates for a build that runs once ({@code studyguide build}): they keep no rendering. Kept softly, the
   * renderings of a large guide filled the heap while the PDFs were laid out, and the collector, clearing soft
   * references only when they had gone unused for long enough, collected in full again and again instead.
   */
  public static Templates forOneBuild(Path dir) {
    return new Templates(dir, false);
  }

  /** A template and a view made only of values (a record), which is all its rendering depends on. */
  private record Rendering(String template, Record view) {}

  /** A rendering and the text it gave. */
  private record Kept(Rendering rendering, String text) {}

  /**
   * Whether the folder still holds exactly the files these templates were read from, so a later build (serve's,
   * after an edit elsewhere) can keep them and what they rendered.
   */
  public boolean unchanged() {
    Map<String, byte[]> now = read(dir);
    return now.keySet().equals(files.keySet())
        && now.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), files.get(e.getKey())));
  }

  /** Starts another build with these templates: what the last one rendered can be reused, older renderings go. */
  public void nextBuild() {
    renderedBefore = rendered;
    rendered = new ConcurrentHashMap<>();
  }

  private static Map<String, byte[]> read(Path dir) {
    Map<String, byte[]> out = new HashMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(file).toString(), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      // Unreadable now: not the same as before. A missing folder is reported by the build itself.
      out.put("", new byte[0]);
    }
    return out;
  }

  public Path dir() {
    return dir;
  }

  /**
   * Renders {@code name.mustache} with the given view. A record view equal to one rendered in this build or the
   * last gives the same text without rendering again (a rebuild after an edit re-renders only the pages it changed).
   */
  public String render(String name, Object view) {
    if (!remembers || !(view instanceof Record record)) {
      return renderNow(name, view);
    }
    Rendering key = new Rendering(name, record);
    int hash = key.hashCode(); // deep, over the whole view: once
    String html = kept(rendered, key, hash);
    if (html == null) {
      html = kept(renderedBefore, key, hash);
      if (html == null) {
        html = renderNow(name, view);
      }
      rendered.put(hash, new SoftReference<>(new Kept(key, html)));
    }
    return html;
  }

  private static String kept(Map<Integer, SoftReference<Kept>> renderings, Rendering key, int hash) {
    SoftReference<Kept> reference = renderings.get(hash);
    Kept kept = reference == null ? null : reference.get();
    return kept != null && kept.rendering().equals(key) ? kept.text() : null;
  }

  /**
   * {@code name.mustache} rendered into {@code out}: as {@link #render} gives it when these templates remember
   * (serve's next build reuses it), streamed otherwise, never held whole.
   */
  public void write(String name, Object view, Writer out) throws IOException {
    if (remembers) {
      out.write(render(name, view));
    } else {
      renderTo(name, view, out);
    }
  }

  private String renderNow(String name, Object view) {
    StringWriter out = new StringWriter();
    renderTo(name, view, out);
    return out.toString();
  }

  /**
   * Renders {@code name.mustache} with the given view straight into {@code out}, remembering nothing: for a page
   * too large to hold as a string (the whole guide's print page of a 100x guide is hundreds of megabytes).
   */
  public void renderTo(String name, Object view, Writer out) {
    Mustache mustache;
    // Outputs render side by side; compiling (and caching) a template with its partials is done one at a time.
    synchronized (factory) {
      mustache = compile(name);
    }
    mustache.execute(out, view);
  }

  private Mustache compile(String name) {
    try {
      return factory.compile(name + ".mustache");
    } catch (MustacheException e) {
      throw new TemplateException(dir.resolve(name + ".mustache") + ": " + e.getMessage());
    }
  }

  /** A static file under templates/ (e.g. {@code assets/site.css}). */
  public byte[] asset(String relativePath) {
    try {
      return Files.readAllBytes(dir.resolve(relativePath));
    } catch (IOException e) {
      throw new UncheckedIOException("template asset " + relativePath, e);
    }
  }

  public String assetText(String relativePath) {
    return new String(asset(relativePath), StandardCharsets.UTF_8);
  }

  /** A template that cannot be compiled: the message names the file. */
  public static final class TemplateException extends RuntimeException {
    public TemplateException(String message) {
      super(message);
    }
  }
}
