/**
 * The first stage: reads the config and the source documents, repairs their text, and turns each into model
 * items with provenance, accounting for every line.
 */
package dev.studyguide.source;
