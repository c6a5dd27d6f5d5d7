/**
 * The topic graph: the taxonomy, each item placed on its topic by Lucene scoring, duplicate questions merged,
 * and weighted links between topics. The graph's records are serializable, as the model's: a build keeps the
 * guide it read in its cache for the next.
 */
package dev.studyguide.graph;
