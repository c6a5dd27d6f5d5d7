package dev.studyguide.graph;

import java.io.Serializable;

/** A group of topics (Linear Algebra, Deep Learning, ...); categories are listed in study order. */
public record Category(String id, String title, String summary) implements Serializable {}
