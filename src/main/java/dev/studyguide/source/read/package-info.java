/** One reader per source format, each turning a repaired {@code SourceDocument} into items. */
package dev.studyguide.source.read;
