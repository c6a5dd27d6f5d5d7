/**
 * Printable study packs: per category, for the whole guide and as configured, each as print-ready HTML and as
 * questions and answers PDFs laid out by openhtmltopdf with formulas typeset by JLaTeXMath.
 */
package dev.studyguide.pack;
