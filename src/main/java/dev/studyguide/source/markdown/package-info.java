/**
 * Markdown to model blocks with flexmark, plus a math extension that keeps {@code $…$}, {@code $$…$$} and
 * {@code \(…\)} byte-exact.
 */
package dev.studyguide.source.markdown;
