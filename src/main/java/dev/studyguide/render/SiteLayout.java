package dev.studyguide.render;

import dev.studyguide.graph.TopicHomes;
import java.util.Locale;

/**
 * Where each page lives in the output folder. Pages with rendered fragments sit one folder deep, so every
 * fragment's links are written once, relative to that depth ({@code ../topics/x.html}).
 */
public final class SiteLayout {
  public static final String FRAGMENT_ROOT = "../";

  private SiteLayout() {}

  public static String topic(String topicId) {
    return "topics/" + topicId + ".html";
  }

  /** Where a topic is shown: its page, or for a folded topic its section on the page that shows it. */
  public static String topicShown(TopicHomes homes, String topicId) {
    return homes.hasPage(topicId) ? topic(topicId)
        : topic(homes.pageOf(topicId)) + "#" + topicSection(topicId);
  }

  /** The anchor of a topic shown as a section of another topic's page (a child, or a folded topic). */
  public static String topicSection(String topicId) {
    return "topic-" + topicId;
  }

  public static String category(String categoryId) {
    return "categories/" + categoryId + ".html";
  }

  public static String source(String file) {
    return "sources/" + stem(file) + ".html";
  }

  public static String allQuestions() {
    return "questions/index.html";
  }

  /** {@code 000_4990951e695175c5.txt} → {@code 000_4990951e695175c5}. */
  public static String stem(String file) {
    int dot = file.lastIndexOf('.');
    return (dot > 0 ? file.substring(0, dot) : file).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
  }

  /** The short name a source badge shows: the part of the file name before "_" ("000"). */
  public static String shortName(String file) {
    String stem = stem(file);
    int underscore = stem.indexOf('_');
    return underscore > 0 ? stem.substring(0, underscore) : stem;
  }

  /** The relative path from a page back to the site root ("" or "../"). */
  public static String rootFrom(String pagePath) {
    return "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
  }
}
