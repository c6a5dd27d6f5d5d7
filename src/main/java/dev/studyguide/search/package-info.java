/**
 * Search: every topic, question and note indexed by Lucene at build time, exported as sharded static files with
 * precomputed scores that the browser queries without a server, and queried directly by the CLI.
 */
package dev.studyguide.search;
