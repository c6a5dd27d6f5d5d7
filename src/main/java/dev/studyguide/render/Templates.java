package dev.studyguide.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Mustache templates and static assets of {@code templates/}: a designer changes the look there, never in
 * Java. {@code {{x}}} escapes; {@code {{{x}}}} is only used for fragments this stage rendered itself.
 */
public final class Templates {
  private final Path dir;
  private final DefaultMustacheFactory factory;

  public Templates(Path dir) {
    this.dir = dir;
    this.factory = new DefaultMustacheFactory(dir.toFile());
  }

  public Path dir() {
    return dir;
  }

  /** Renders {@code name.mustache} with the given view. */
  public String render(String name, Object view) {
    Mustache mustache;
    // Outputs render side by side; compiling (and caching) a template with its partials is done one at a time.
    synchronized (factory) {
      mustache = compile(name);
    }
    StringWriter out = new StringWriter();
    mustache.execute(out, view);
    return out.toString();
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
