package dev.studyguide.pack;

/**
 * A formula's box in ems of the text around it: all the packs' XHTML needs of a typeset formula (the object that
 * shows it is sized from it), and so all a PDF's cache key sees of JLaTeXMath.
 */
record TexSize(float widthEm, float heightEm, float depthEm) {}
