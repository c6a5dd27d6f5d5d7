package dev.studyguide.source.markdown;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an image of a document ({@code ![alt](src)} or {@code <img src alt>}) points, read into the model: a math
 * image becomes its formula ({@link MathImage}); an {@code http(s)} address a remote {@link Inline.Image}; a
 * relative path a local one, resolved from the document's folder to a path inside the sources folder. A path that
 * leaves the sources folder, and any other scheme ({@code data:}, {@code file:}, {@code javascript:}), is reported
 * and leaves only the alt text. Whether a local file exists is the build's to check: reading never touches disk.
 */
final class ImageSource {
  private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);
  /** The sources folder as a root to resolve against; only its name's shape matters. */
  private static final Path ROOT = Path.of("/sources");

  private ImageSource() {}

  /** The image as an inline: a formula, an image, or its alt text (reported), never an unsafe address. */
  static Inline read(String file, String src, String alt, int line, List<Diagnostic> diagnostics) {
    String address = src.strip();
    Optional<MathImage.Decoded> math = MathImage.decode(address);
    if (math.isPresent() && !math.get().tex().isEmpty()) {
      if (math.get().malformed()) {
        diagnostics.add(Diagnostic.warning(file, line, "math image address has broken %-encoding: "
            + shorten(address), "write each % in the formula as %25; the rest is typeset as written"));
      }
      return new Inline.Math(math.get().tex(), line);
    }
    if (address.startsWith("//")) {
      address = "https:" + address;
    }
    if (address.startsWith("https://") || address.startsWith("http://")) {
      return new Inline.Image(address, alt, line);
    }
    if (address.isEmpty() || SCHEME.matcher(address).matches() && !isWindowsDrive(address)) {
      if (!address.isEmpty()) {
        diagnostics.add(Diagnostic.warning(file, line, "image " + shorten(address) + " is not shown, its alt text is",
            "images are files beside the document or http(s) addresses"));
      }
      return new Inline.Text(alt);
    }
    Optional<String> local = local(file, address);
    if (local.isEmpty()) {
      diagnostics.add(Diagnostic.warning(file, line, "image " + shorten(address)
          + " lies outside the sources folder, so it is not shown (its alt text is)",
          "put the image in content/sources/ beside the document and link it by a relative path"));
      return new Inline.Text(alt);
    }
    return new Inline.Image(local.get(), alt, line);
  }

  /** Whether the image is a formula drawn by an image service: one alone in its paragraph is display math. */
  static boolean isMath(String src) {
    return MathImage.isMath(src);
  }

  /**
   * The path of a relative image inside the sources folder ({@code /} separated, no {@code ..}), percent-decoded
   * as a browser would; empty when it is absolute or climbs out.
   */
  static Optional<String> local(String file, String address) {
    String path = address;
    int end = indexOfAny(path, "?#");
    if (end >= 0) {
      path = path.substring(0, end);
    }
    path = MathImage.percentDecoded(path).replace('\\', '/');
    if (path.startsWith("/") || isWindowsDrive(path) || path.isBlank()) {
      return Optional.empty();
    }
    try {
      Path document = ROOT.resolve(file).normalize();
      Path folder = document.getParent() == null ? ROOT : document.getParent();
      Path resolved = folder.resolve(path).normalize();
      if (!resolved.startsWith(ROOT) || resolved.equals(ROOT)) {
        return Optional.empty();
      }
      return Optional.of(ROOT.relativize(resolved).toString().replace('\\', '/'));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static boolean isWindowsDrive(String path) {
    return path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
        && (path.length() == 2 || path.charAt(2) == '\\' || path.charAt(2) == '/');
  }

  private static int indexOfAny(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String shorten(String address) {
    return "\"" + (address.length() <= 60 ? address : address.substring(0, 57) + "...") + "\"";
  }
}
