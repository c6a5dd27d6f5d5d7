package dev.studyguide.model;

/** ERROR stops the build; WARNING is reported and the build goes on. */
public enum Severity { ERROR, WARNING }
