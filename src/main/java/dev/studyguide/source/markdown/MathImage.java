package dev.studyguide.source.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula drawn by an image service, which documents from before GitHub typeset math use: GitHub's own
 * ({@code https://render.githubusercontent.com/render/math?math=TEX}), CodeCogs
 * ({@code https://latex.codecogs.com/svg.latex?TEX}, any format) and Google Charts
 * ({@code https://chart.googleapis.com/chart?cht=tx&chl=TEX}). The TeX is read back from the address, so the guide
 * typesets it like any formula and never loads the image.
 *
 * <p>Decoding: {@code %XX} sequences are UTF-8 bytes; a {@code %} not followed by two hex digits is kept as
 * written and the address reported as malformed. A {@code +} is a plus sign, as people write TeX into these
 * addresses by hand ({@code math=a+b}), unless the address writes its plus signs as {@code %2B}: then it was
 * form-encoded and {@code +} is a space. CodeCogs' own escapes ({@code &space;}, {@code &plus;}) are read, and its
 * rendering options at the start ({@code \dpi{150}}, {@code \bg_white}, {@code \fn_cm}, {@code \inline}, sizes such
 * as {@code \large}) are dropped: they size a picture, and the guide sets the formula in its text.
 */
final class MathImage {
  /** The TeX, whether the address asked for inline mode, and whether its encoding was broken. */
  record Decoded(String tex, boolean inline, boolean malformed) {}

  private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?:)?//([^/?#]+)(/[^?]*)?\\?(.*)", Pattern.DOTALL);
  private static final Pattern CODECOGS_OPTION = Pattern.compile(
      "\\s*\\\\(?:dpi\\{\\d+}|bg_\\w+|bg\\{\\w+}|fg_\\w+|fg\\{\\w+}|fn_\\w+|inline|tiny|small|normalsize|large|Large"
          + "|LARGE|huge|Huge)(?![a-zA-Z])\\s*");

  private MathImage() {}

  /** Whether {@code src} is a math image address at all (cheap: no decoding). */
  static boolean isMath(String src) {
    Matcher m = ADDRESS.matcher(src.strip());
    return m.matches() && service(m.group(1), m.group(2) == null ? "" : m.group(2)) != Service.NONE;
  }

  /** The formula a math image address draws; empty when {@code src} is no such address or names no TeX. */
  static Optional<Decoded> decode(String src) {
    Matcher m = ADDRESS.matcher(src.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String query = m.group(3);
    boolean formEncoded = query.toUpperCase(java.util.Locale.ROOT).contains("%2B");
    return switch (service(m.group(1), m.group(2) == null ? "" : m.group(2))) {
      case GITHUB -> parameter(query, "math").map(raw -> decode(raw, formEncoded, parameter(query, "mode")
          .filter(mode -> mode.equals("inline")).isPresent()));
      case GOOGLE -> parameter(query, "chl").map(raw -> decode(raw, formEncoded, false));
      case CODECOGS -> Optional.of(codecogs(query, formEncoded));
      case NONE -> Optional.empty();
    };
  }

  private enum Service { GITHUB, CODECOGS, GOOGLE, NONE }

  private static Service service(String host, String path) {
    String h = host.toLowerCase(java.util.Locale.ROOT);
    if (h.equals("render.githubusercontent.com") && path.startsWith("/render/math")) {
      return Service.GITHUB;
    }
    if (h.equals("latex.codecogs.com") || h.equals("www.codecogs.com") && path.startsWith("/eqnedit")) {
      return Service.CODECOGS;
    }
    if (h.equals("chart.googleapis.com") && path.startsWith("/chart")) {
      return Service.GOOGLE;
    }
    return Service.NONE;
  }

  /** The raw value of {@code name=} in a query, undecoded; the first one wins. */
  private static Optional<String> parameter(String query, String name) {
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return Optional.of(pair.substring(name.length() + 1));
      }
    }
    return Optional.empty();
  }

  /** CodeCogs takes the whole query as TeX ({@code eqnedit.php} takes it after {@code latex=}). */
  private static Decoded codecogs(String query, boolean formEncoded) {
    String raw = query.startsWith("latex=") ? query.substring("latex=".length()) : query;
    raw = raw.replace("&space;", "%20").replace("&plus;", "%2B").replace("&amp;", "%26");
    Decoded decoded = decode(raw, formEncoded, false);
    String tex = decoded.tex();
    boolean inline = false;
    Matcher option = CODECOGS_OPTION.matcher(tex);
    int at = 0;
    while (option.find(at) && option.start() == at) {
      inline |= option.group().strip().equals("\\inline");
      at = option.end();
    }
    return new Decoded(tex.substring(at).strip(), inline, decoded.malformed());
  }

  /** {@code %XX} sequences decoded as UTF-8, anything else (a stray {@code %} too) kept as written. */
  static String percentDecoded(String raw) {
    return decode(raw, false, false).tex();
  }

  private static Decoded decode(String raw, boolean plusIsSpace, boolean inline) {
    StringBuilder out = new StringBuilder();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(); // a run of %XX, decoded together as UTF-8
    boolean malformed = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
        bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
        i += 2;
        continue;
      }
      out.append(bytes.toString(StandardCharsets.UTF_8));
      bytes.reset();
      malformed |= c == '%';
      out.append(c == '+' && plusIsSpace ? ' ' : c);
    }
    out.append(bytes.toString(StandardCharsets.UTF_8));
    return new Decoded(out.toString().strip(), inline, malformed);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
