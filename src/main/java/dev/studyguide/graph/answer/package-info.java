/**
 * Answers from the sources: notes and authored answers cut into passages a learner reads in one go, indexed with
 * the concept analyzer, and linked to the questions they answer by a stated rule above a threshold chosen for
 * precision.
 */
package dev.studyguide.graph.answer;
