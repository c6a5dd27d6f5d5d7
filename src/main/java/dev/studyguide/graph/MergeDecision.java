package dev.studyguide.graph;

import dev.studyguide.model.Item;
import java.io.Serializable;

/** Why two questions were merged or, for a near miss, kept apart; {@code similarity} is the main clauses' overlap. */
public record MergeDecision(Item first, Item second, double similarity, String reason) implements Serializable {}
