/** Study mode: cards for self-testing in the browser with spaced repetition, and Anki import files per pack. */
package dev.studyguide.study;
