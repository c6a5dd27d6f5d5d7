/** The local preview: serves the built site on the loopback address and rebuilds it when content changes. */
package dev.studyguide.preview;
