/**
 * Renders the guide once: every question and note becomes HTML fragments (math typeset, mentions linked, source
 * badges), which the site, search and pack outputs all use; the output folder is written here, atomically.
 */
package dev.studyguide.render;
