package dev.studyguide.render;

/** Escaping for text from sources: everything a document says is text, never markup. */
public final class Html {
  private Html() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A link target from a source: only http(s) and in-page anchors are kept, anything else is dropped. */
  public static String safeHref(String href) {
    String h = href.strip();
    return h.startsWith("https://") || h.startsWith("http://") || h.startsWith("#") ? escape(h) : "";
  }
}
