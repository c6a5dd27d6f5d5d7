/** The build driver that runs the stages in order, and the machine-readable views of their results. */
package dev.studyguide.pipeline;
