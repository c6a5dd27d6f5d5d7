package dev.studyguide.model;

import java.util.List;

/**
 * The guide's settings from {@code content/guide.yaml}.
 *
 * @param baseUrl public address of the site with a trailing slash, or empty for relative links only
 */
public record GuideConfig(String title, String description, String baseUrl, List<SourceEntry> sources) {
  public GuideConfig {
    sources = List.copyOf(sources);
  }

  /** One listed source; {@code line} is where guide.yaml lists it, for messages. */
  public record SourceEntry(String file, String title, SourceFormat format, int line) {}
}
