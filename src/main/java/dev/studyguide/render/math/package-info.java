/**
 * Build-time math typesetting: KaTeX run inside the JVM (GraalJS), a content-keyed on-disk cache so rebuilds
 * render only new formulas, and the KaTeX stylesheet and fonts the rendered markup needs.
 */
package dev.studyguide.render.math;
