package dev.studyguide.site;

/**
 * One page to write: where it goes, which template renders its body, the view the template reads, and the
 * title and description for its head.
 */
record SitePage(String path, String template, Object view, String title, String description) {}
