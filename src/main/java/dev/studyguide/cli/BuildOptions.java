package dev.studyguide.cli;

import dev.studyguide.pipeline.Build;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every command that builds the site takes: where content, templates, output and caches are. */
final class BuildOptions {
  @Mixin ContentOption content;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  /**
   * The launcher names the tool's own templates when the folder it runs in has none, so a guide made with
   * {@code init} builds from its own folder; a project's {@code templates/} still wins when present.
   */
  private static final String TEMPLATES_PROPERTY = "studyguide.templates";
  static final String DEFAULT_TEMPLATES = "${sys:" + TEMPLATES_PROPERTY + ":-templates}";

  @Option(names = "--templates", paramLabel = "DIR", defaultValue = DEFAULT_TEMPLATES,
      description = "templates folder (default: ${DEFAULT-VALUE})")
  Path templates;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = ".cache",
      description = "cache of typeset formulas and finished PDFs (default: ${DEFAULT-VALUE})")
  Path cache;

  /** The templates folder a command without a {@code --templates} option uses: the same default as the option's. */
  static Path defaultTemplates() {
    return Path.of(System.getProperty(TEMPLATES_PROPERTY, "templates"));
  }

  Build.Options toOptions(String baseUrl) {
    return new Build.Options(content.content, templates, out, cache, baseUrl);
  }
}
