/** The immutable vocabulary every stage shares: documents, items, blocks, provenance, diagnostics (JDK only). */
package dev.studyguide.model;
