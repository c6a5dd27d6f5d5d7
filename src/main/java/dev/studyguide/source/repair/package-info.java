/** Text repairs that undo what exports and copy-pasting did to the sources (mojibake, lost separators, lost TeX). */
package dev.studyguide.source.repair;
