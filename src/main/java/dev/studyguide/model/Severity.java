package dev.studyguide.model;

/**
 * ERROR stops the build; WARNING is reported and the build goes on; INFO is said once and counts as neither (a
 * choice the tool made for the editor, such as the format it detected for a source).
 */
public enum Severity { ERROR, WARNING, INFO }
