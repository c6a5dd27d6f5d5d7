package dev.studyguide.pack;

import dev.studyguide.render.math.MathRequest;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Each formula's size as JLaTeXMath sets it ({@link TexSize}; empty where it cannot parse the TeX), kept between
 * builds beside the cached PDFs. The packs' XHTML, and so every PDF's cache key, needs only the sizes: a build
 * whose PDFs are all cached then never loads JLaTeXMath nor typesets (half a second of a warm build in a fresh
 * JVM), while a formula whose TeX changed is typeset, and the XHTML it sizes changes the PDF's key as before.
 * Boxes for drawing still come from {@link TexBoxes}, typeset when a PDF is laid out.
 */
final class FormulaSizes {
  /**
   * Raised whenever the same TeX would now get another box: TexBoxes' dialect or scale, CenteredUnderbrace.
   * JLaTeXMath's own version is part of the header by itself.
   */
  private static final int FORMAT = 1;
  static final String FILE = "formula-sizes.bin";

  private final TexBoxes boxes;
  private final Optional<Path> file;
  private final Map<MathRequest, Optional<TexSize>> kept;
  private final Map<MathRequest, Optional<TexSize>> used = new ConcurrentHashMap<>();
  private final AtomicInteger typeset = new AtomicInteger();

  private FormulaSizes(TexBoxes boxes, Optional<Path> file) {
    this.boxes = boxes;
    this.file = file;
    this.kept = file.map(FormulaSizes::read).orElse(Map.of());
  }

  /** Sizes kept in {@code dir} between builds. */
  static FormulaSizes in(Path dir, TexBoxes boxes) {
    return new FormulaSizes(boxes, Optional.of(dir.resolve(FILE)));
  }

  /** Every size typeset, none kept. */
  static FormulaSizes typesetting(TexBoxes boxes) {
    return new FormulaSizes(boxes, Optional.empty());
  }

  /** The formula's size, from the file when it has it, else typeset; empty when JLaTeXMath cannot parse it. */
  Optional<TexSize> size(String tex, boolean display) {
    return used.computeIfAbsent(new MathRequest(tex, display), request -> {
      Optional<TexSize> known = kept.get(request);
      if (known != null) {
        return known;
      }
      typeset.incrementAndGet();
      return boxes.box(tex, display).map(TexBox::size);
    });
  }

  /** How many formulas this build typeset because the file did not have them. */
  int typeset() {
    return typeset.get();
  }

  /**
   * Writes the sizes this build used when they are not what the file holds (a formula added, changed or gone), in
   * TeX order so the same formulas give the same file; atomically, and a file that cannot be written only costs
   * typesetting on the next build.
   */
  void save() {
    if (file.isEmpty() || used.equals(kept)) {
      return;
    }
    CacheFile.replace(file.get(), out -> {
      writeString(out, header());
      List<Map.Entry<MathRequest, Optional<TexSize>>> entries = used.entrySet().stream()
          .sorted(Comparator.comparing((Map.Entry<MathRequest, Optional<TexSize>> e) -> e.getKey().tex())
              .thenComparing(e -> e.getKey().display()))
          .toList();
      out.writeInt(entries.size());
      for (Map.Entry<MathRequest, Optional<TexSize>> entry : entries) {
        writeString(out, entry.getKey().tex());
        out.writeBoolean(entry.getKey().display());
        out.writeBoolean(entry.getValue().isPresent());
        if (entry.getValue().isPresent()) {
          TexSize size = entry.getValue().get();
          out.writeFloat(size.widthEm());
          out.writeFloat(size.heightEm());
          out.writeFloat(size.depthEm());
        }
      }
    });
  }

  /** The file's sizes, or none when it is missing, unreadable or made for another format or JLaTeXMath. */
  private static Map<MathRequest, Optional<TexSize>> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (!readString(in).equals(header())) {
        return Map.of();
      }
      int count = in.readInt();
      Map<MathRequest, Optional<TexSize>> sizes = new HashMap<>();
      for (int i = 0; i < count; i++) {
        MathRequest request = new MathRequest(readString(in), in.readBoolean());
        sizes.put(request, in.readBoolean()
            ? Optional.of(new TexSize(in.readFloat(), in.readFloat(), in.readFloat())) : Optional.empty());
      }
      return sizes;
    } catch (IOException | RuntimeException e) {
      return Map.of(); // a torn or foreign file: typeset again
    }
  }

  /** What the sizes depend on besides the TeX: this code's format and scale, and JLaTeXMath's version. */
  private static String header() {
    return "studyguide formula sizes " + FORMAT + ", math scale " + TexBoxes.MATH_SCALE + ", jlatexmath "
        + jlatexmathVersion();
  }

  /** Read from its jar's Maven properties, which loads none of its classes. */
  private static String jlatexmathVersion() {
    try (InputStream in = FormulaSizes.class.getClassLoader().getResourceAsStream(
        "META-INF/maven/org.scilab.forge/jlatexmath/pom.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 24) {
      throw new IOException("not a string length: " + length);
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new IOException("truncated");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
