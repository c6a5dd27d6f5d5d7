/**
 * The immutable vocabulary every stage shares: documents, items, blocks, provenance, diagnostics (JDK only). Its
 * records are serializable: a build keeps the guide it read in its cache for the next (pipeline's GuideCache).
 */
package dev.studyguide.model;
