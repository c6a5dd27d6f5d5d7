package dev.studyguide.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file of an output folder with its bytes and modification time, to compare two trees exactly. */
public record SiteTree(Map<String, FileState> files) {

  public record FileState(byte[] bytes, long modified) {}

  public static SiteTree of(Path root) {
    Map<String, FileState> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'),
            new FileState(Files.readAllBytes(p), Files.getLastModifiedTime(p).toMillis()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SiteTree(files);
  }

  /** Paths present in only one tree or whose bytes differ; empty when the trees are byte-identical. */
  public List<String> contentDifferences(SiteTree other) {
    List<String> out = new ArrayList<>();
    for (String path : files.keySet()) {
      if (!other.files.containsKey(path)) {
        out.add("only in the first: " + path);
      } else if (!Arrays.equals(files.get(path).bytes(), other.files.get(path).bytes())) {
        out.add("bytes differ: " + path);
      }
    }
    other.files.keySet().stream().filter(p -> !files.containsKey(p)).forEach(p -> out.add("only in the second: " + p));
    return out;
  }

  /** Like {@link #contentDifferences} and also files rewritten with the same bytes. */
  public List<String> differences(SiteTree other) {
    List<String> out = contentDifferences(other);
    files.forEach((path, state) -> {
      FileState that = other.files.get(path);
      if (that != null && that.modified() != state.modified()) {
        out.add("rewritten: " + path);
      }
    });
    return out;
  }

  long totalBytes() {
    return files.values().stream().mapToLong(f -> f.bytes().length).sum();
  }
}
