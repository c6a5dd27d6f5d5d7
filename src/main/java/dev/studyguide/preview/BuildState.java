package dev.studyguide.preview;

/**
 * What the preview shows: a version that changes on every successful rebuild, and the last failure's message
 * (empty when the last build succeeded). The last good site stays on disk either way.
 */
record BuildState(long version, String error) {
  boolean failed() {
    return !error.isEmpty();
  }
}
