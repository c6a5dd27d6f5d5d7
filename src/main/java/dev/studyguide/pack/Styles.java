package dev.studyguide.pack;

/**
 * The stylesheets a pack document uses: linked from the HTML page, inlined into the PDF's XHTML.
 *
 * @param printCss the text of {@code assets/print.css}
 * @param printHref and {@code katexHref}: relative to a page in {@code packs/}
 */
record Styles(String printCss, String printHref, String katexHref) {}
