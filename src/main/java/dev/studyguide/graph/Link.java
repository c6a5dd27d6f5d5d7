package dev.studyguide.graph;

import java.io.Serializable;

/** A weighted, typed edge from one topic to another ({@code topic} is the other end). */
public record Link(String topic, Kind kind, double weight) implements Serializable {
  public enum Kind {
    /** The other topic is a prerequisite of this one. */
    PREREQUISITE,
    /** This topic is a prerequisite of the other. */
    LEADS_TO,
    /** Items are listed on both topics. */
    SHARED,
    /** Items of one topic name the other. */
    MENTION;

    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
