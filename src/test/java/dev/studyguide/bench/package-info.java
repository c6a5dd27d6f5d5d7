/**
 * Performance measurement outside the unit tests: a seeded generator of N-times-larger corpora in the real
 * formats, and a benchmark entry point ({@code ./bench}) that times the pipeline stages on them in fresh JVMs.
 */
package dev.studyguide.bench;
