/** The HTML site: one page per topic, category and source, the home and all-questions pages, from Mustache templates. */
package dev.studyguide.site;
