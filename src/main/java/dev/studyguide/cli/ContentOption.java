package dev.studyguide.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares: where content is read from. */
final class ContentOption {
  @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})",
      defaultValue = "content")
  Path content;
}
