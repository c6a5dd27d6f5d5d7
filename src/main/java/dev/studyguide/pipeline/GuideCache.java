package dev.studyguide.pipeline;

import dev.studyguide.graph.TopicGraph;
import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.pack.CacheFile;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The guide a build read, kept in the cache folder for the next build: one of the same content by the same tool
 * takes it from there instead of reading the sources and building the topic graph again (the real content: 1.6 s
 * to read in a fresh JVM, 0.2 s to take from here). It is kept under a hash of every file of the content folder
 * and of the tool (its jar's path, size and time, and the JDK); a guide with errors is not kept, so its messages
 * come anew. Only the guide's own types and the JDK's collections are read back from the file; anything else in
 * it is refused, and a file that cannot be read is as good as none.
 */
final class GuideCache {
  private static final String FORMAT = "studyguide guide 1";
  /** The classes a kept guide is made of; the file is read with this filter, so nothing else is ever made. */
  static final ObjectInputFilter ONLY_THE_GUIDE =
      ObjectInputFilter.Config.createFilter("dev.studyguide.**;java.util.*;java.lang.*;!*");

  private final Path file;
  private final String tool;

  /**
   * A cache in {@code dir} for the guides of {@code tool}, a name that changes whenever the code that reads
   * sources and builds graphs may have (see {@link #runningTool}).
   */
  GuideCache(Path dir, String tool) {
    this.file = dir.resolve("last.bin");
    this.tool = tool;
  }

  /** A guide, and whether it came from the cache. */
  record Loaded(Guide guide, boolean kept) {}

  /** What the guide is kept as: the three parts of a guide that has a graph. */
  private record Kept(Corpus corpus, TopicGraph graph, List<Diagnostic> diagnostics) implements Serializable {}

  /**
   * The running tool's jar as path, size and time, and the JDK's version; empty when running from class folders
   * (tests, an IDE), where nothing says when the code changed, so nothing is kept.
   */
  static Optional<String> runningTool() {
    try {
      Path code = Path.of(GuideCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(code)) {
        return Optional.empty();
      }
      // The JDK too: its Unicode tables normalize the sources.
      return Optional.of(code.toAbsolutePath() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code)
          + " on Java " + Runtime.version());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The guide of {@code contentDir}: the one kept for exactly this content, else {@code read}'s, kept for the next
   * build when it has no errors. {@code whenRead} gets the corpus either way, as {@link GuideLoader#load} does.
   */
  Loaded load(Path contentDir, GuideReader read, Consumer<Corpus> whenRead) {
    Optional<String> key = key(contentDir);
    Optional<Kept> kept = key.flatMap(this::read);
    if (kept.isPresent()) {
      whenRead.accept(kept.get().corpus());
      return new Loaded(new Guide(kept.get().corpus(), Optional.of(kept.get().graph()), kept.get().diagnostics()),
          true);
    }
    Guide guide = read.load(contentDir, whenRead);
    // Kept only if the content still hashes the same: an edit while it was read would file it under the wrong key.
    if (key.isPresent() && !guide.hasErrors() && guide.graph().isPresent() && key.equals(key(contentDir))) {
      Kept keep = new Kept(guide.corpus(), guide.graph().get(), guide.diagnostics());
      CacheFile.replace(file, out -> {
        out.writeUTF(key.get());
        new ObjectOutputStream(out).writeObject(keep);
      });
    }
    return new Loaded(guide, false);
  }

  /** How a guide is read when none is kept: {@link GuideLoader#load(Path, Consumer)}. */
  interface GuideReader {
    Guide load(Path contentDir, Consumer<Corpus> whenRead);
  }

  private Optional<Kept> read(String key) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!in.readUTF().equals(key)) {
        return Optional.empty();
      }
      ObjectInputStream objects = new ObjectInputStream(in);
      objects.setObjectInputFilter(ONLY_THE_GUIDE);
      return Optional.of((Kept) objects.readObject());
    } catch (IOException | ClassNotFoundException | RuntimeException unreadable) {
      return Optional.empty(); // another version's file, a truncated one, a refused class: read the sources
    }
  }

  /**
   * A hash of the format, the tool, and every file under {@code contentDir} (path and bytes), following links: a
   * sources folder linked from elsewhere is read as if it were there, and its files' edits must change the key.
   */
  private Optional<String> key(Path contentDir) {
    try (Stream<Path> walk = Files.walk(contentDir, FileVisitOption.FOLLOW_LINKS)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((FORMAT + "\n" + tool + "\n").getBytes(StandardCharsets.UTF_8));
      for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(path);
        String name = contentDir.relativize(path).toString().replace('\\', '/');
        digest.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
      }
      return Optional.of(HexFormat.of().formatHex(digest.digest()));
    } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
      return Optional.empty(); // the sources' own reading says what is wrong with them
    }
  }
}
