package org.trialfinder.bench.trec;

import java.util.List;
import java.util.Set;

/** A ranking method under evaluation: orders one topic's candidate trials from its note alone. */
public interface TopicRanker {
    String name();

    /** Every candidate, best first. */
    List<String> rank(Topic topic, Set<String> candidates);
}
