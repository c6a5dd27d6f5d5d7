/**
 * The topic graph: the taxonomy, each item placed on its topic by Lucene scoring, duplicate questions merged,
 * and weighted links between topics.
 */
package dev.studyguide.graph;
