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

  @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
      description = "templates folder (default: ${DEFAULT-VALUE})")
  Path templates;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = ".cache",
      description = "cache of typeset formulas and finished PDFs (default: ${DEFAULT-VALUE})")
  Path cache;

  Build.Options toOptions(String baseUrl) {
    return new Build.Options(content.content, templates, out, cache, baseUrl);
  }
}
