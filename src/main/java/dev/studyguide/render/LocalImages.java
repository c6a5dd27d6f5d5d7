package dev.studyguide.render;

import dev.studyguide.model.Block;
import dev.studyguide.model.Blocks;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The images that documents show from files beside them (an {@link Inline.Image} that is not remote), read once
 * per build from the sources folder and published under {@code images/} by content hash, so the same picture is
 * one file and a changed one a new address. A file that is missing, lies outside the sources folder (through a
 * link), is too large, or is not a PNG, JPEG, GIF or WebP picture is reported at every {@code file:line} that
 * shows it, and those places show the alt text instead. SVG is refused on purpose: opened by its address, an SVG
 * runs its scripts in the site's origin.
 */
public final class LocalImages {
  public static final LocalImages NONE = new LocalImages(Map.of());
  /** The site folder the pictures are published in. */
  public static final String DIR = "images/";
  private static final long MAX_BYTES = 10L * 1024 * 1024;

  /** A picture as published: its path in the site, its bytes and media type. */
  public record Published(String path, byte[] bytes, String mediaType) {}

  /** Where a document shows an image, for messages. */
  private record Use(String file, int line) {}

  private final Map<String, Published> bySource;

  private LocalImages(Map<String, Published> bySource) {
    this.bySource = bySource;
  }

  /** Every local image the items show, read from {@code sourcesDir}; problems go to {@code diagnostics}. */
  public static LocalImages read(Path sourcesDir, Stream<Item> items, List<Diagnostic> diagnostics) {
    Map<String, List<Use>> uses = new TreeMap<>();
    items.forEach(item -> images(item).forEach(image -> uses.computeIfAbsent(image.src(), k -> new ArrayList<>())
        .add(new Use(item.source().file(), image.line()))));
    Map<String, Published> published = new TreeMap<>();
    for (Map.Entry<String, List<Use>> use : uses.entrySet()) {
      publish(sourcesDir, use.getKey(), diagnostics, use.getValue()).ifPresent(p -> published.put(use.getKey(), p));
    }
    return new LocalImages(published);
  }

  /** The published picture for an image's {@code src}, when it could be read. */
  public Optional<Published> find(String src) {
    return Optional.ofNullable(bySource.get(src));
  }

  /** Every published picture, once each, in a fixed order. */
  public List<Published> all() {
    Map<String, Published> byPath = new TreeMap<>();
    bySource.values().forEach(p -> byPath.put(p.path(), p));
    return List.copyOf(byPath.values());
  }

  private static Stream<Inline.Image> images(Item item) {
    List<List<Inline>> runs = new ArrayList<>();
    runs.add(item.prompt());
    runs.addAll(item.followUps());
    for (Block block : Blocks.flatten(item.body())) {
      runs.addAll(Blocks.inlineRuns(block));
    }
    return runs.stream().flatMap(run -> Inlines.leaves(run).stream())
        .filter(leaf -> leaf instanceof Inline.Image image && !image.remote()).map(Inline.Image.class::cast);
  }

  private static Optional<Published> publish(Path sourcesDir, String src, List<Diagnostic> diagnostics,
      List<Use> uses) {
    Path file = sourcesDir.resolve(src).normalize();
    String problem;
    String hint;
    try {
      if (!Files.isRegularFile(file)) {
        problem = "image \"" + src + "\" is not in the sources folder";
        hint = "add the file beside the document or fix the path; its alt text is shown meanwhile";
      } else if (!file.toRealPath().startsWith(sourcesDir.toRealPath())) {
        problem = "image \"" + src + "\" links to a file outside the sources folder, so it is not shown";
        hint = "copy the picture into content/sources/";
      } else if (Files.size(file) > MAX_BYTES) {
        problem = "image \"" + src + "\" is over the 10 MB a picture may be";
        hint = "save it smaller; its alt text is shown meanwhile";
      } else {
        byte[] bytes = Files.readAllBytes(file);
        Optional<String> type = mediaType(bytes);
        if (type.isPresent()) {
          return Optional.of(new Published(DIR + hash(bytes) + "." + type.get().substring("image/".length()),
              bytes, type.get()));
        }
        problem = "image \"" + src + "\" is not a PNG, JPEG, GIF or WebP picture"
            + (src.toLowerCase(java.util.Locale.ROOT).endsWith(".svg") ? " (SVG can carry scripts)" : "");
        hint = "save it as PNG or JPEG; its alt text is shown meanwhile";
      }
    } catch (IOException e) {
      problem = "image \"" + src + "\" cannot be read: " + e.getMessage();
      hint = "check the file's permissions; its alt text is shown meanwhile";
    }
    for (Use use : uses) {
      diagnostics.add(Diagnostic.warning(use.file(), use.line(), problem, hint));
    }
    return Optional.empty();
  }

  /** The picture's media type from its first bytes (its name may say anything). */
  static Optional<String> mediaType(byte[] b) {
    if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return Optional.of("image/png");
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return Optional.of("image/jpeg");
    }
    if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
      return Optional.of("image/gif");
    }
    if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
        && b[10] == 'B' && b[11] == 'P') {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  private static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
