/** {@code studyguide check}: validates the content and the built site (links, reachability, HTML, accessibility) and reports what is wrong where. */
package dev.studyguide.check;
