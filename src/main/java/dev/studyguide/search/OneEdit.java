package dev.studyguide.search;

/** Whether two different words are one edit apart: one insertion, deletion, substitution, or swap of neighbours. */
final class OneEdit {
  private OneEdit() {}

  static boolean apart(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) {
      return false;
    }
    int start = 0;
    while (start < Math.min(la, lb) && a.charAt(start) == b.charAt(start)) {
      start++;
    }
    if (la != lb) {
      String longer = la > lb ? a : b;
      String shorter = la > lb ? b : a;
      return longer.substring(start + 1).equals(shorter.substring(start));
    }
    if (a.substring(start + 1).equals(b.substring(start + 1))) {
      return true; // substitution
    }
    return start + 1 < la && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
        && a.substring(start + 2).equals(b.substring(start + 2));
  }
}
