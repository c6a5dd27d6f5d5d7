package dev.studyguide.pack;

/** CSS values built from text: a title in a running header must stay a string whatever it contains. */
final class Css {
  private Css() {}

  /**
   * A quoted CSS string. Quotes, backslashes and the characters markup gives meaning to ({@code < > &}) are
   * written as CSS escapes, so the string reads the same in an HTML page and in the PDF's XHTML.
   */
  static String string(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
        out.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
