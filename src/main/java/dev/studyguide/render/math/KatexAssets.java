package dev.studyguide.render.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The KaTeX webjar on the classpath: its version, its script, and the stylesheet and fonts a site needs. */
public final class KatexAssets {

  /** KaTeX's version, read from the webjar so a dependency bump needs no code change. */
  public static final String VERSION = readVersion();

  /** Where {@link #files} puts the assets, relative to the site root. */
  public static final String SITE_DIR = "assets/katex";

  /** The stylesheet a page links to, relative to the site root. */
  public static final String STYLESHEET = SITE_DIR + "/katex.min.css";

  private static final String DIST = "META-INF/resources/webjars/katex/" + VERSION + "/dist/";

  // Every browser we target reads woff2, so the woff and ttf fallbacks are dead weight (~1 MB).
  private static final Pattern LEGACY_FONT_SOURCE =
      Pattern.compile(",url\\(fonts/[^)]+\\.(?:woff|ttf)\\) format\\(\"(?:woff|truetype)\"\\)");
  private static final Pattern URL = Pattern.compile("url\\(([^)]+)\\)");

  private KatexAssets() {}

  /** The text of {@code katex.min.js}. */
  public static String script() {
    return new String(distFile("katex.min.js"), StandardCharsets.UTF_8);
  }

  /** KaTeX's stylesheet with only its woff2 font sources left. */
  public static String stylesheet() {
    String css = new String(distFile("katex.min.css"), StandardCharsets.UTF_8);
    return LEGACY_FONT_SOURCE.matcher(css).replaceAll("");
  }

  /** The files the stylesheet refers to, relative to it, sorted. */
  public static List<String> fonts() {
    TreeSet<String> files = new TreeSet<>();
    Matcher url = URL.matcher(stylesheet());
    while (url.find()) {
      files.add(url.group(1));
    }
    return List.copyOf(files);
  }

  /**
   * The stylesheet, every font it refers to and KaTeX's licence, by their paths in a site (under {@link #SITE_DIR}),
   * sorted; the same webjar always gives the same bytes.
   */
  public static SortedMap<String, byte[]> files() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put(STYLESHEET, stylesheet().getBytes(StandardCharsets.UTF_8));
    for (String font : fonts()) {
      files.put(SITE_DIR + "/" + font, distFile(font));
    }
    files.put(SITE_DIR + "/LICENSE", resource("META-INF/resources/webjars/katex/" + VERSION + "/LICENSE"));
    return files;
  }

  private static byte[] distFile(String relative) {
    return resource(DIST + relative);
  }

  private static byte[] resource(String name) {
    try (InputStream in = KatexAssets.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("KaTeX webjar resource missing from the classpath: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static String readVersion() {
    Properties pom = new Properties();
    try (InputStream in = KatexAssets.class.getClassLoader()
        .getResourceAsStream("META-INF/maven/org.webjars.npm/katex/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the KaTeX webjar (org.webjars.npm:katex) is not on the classpath");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the KaTeX webjar's version", e);
    }
    return pom.getProperty("version");
  }
}
