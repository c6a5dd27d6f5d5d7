/** Thin picocli commands: parse options, call the pipeline, print diagnostics, return a named exit code. */
package dev.studyguide.cli;
