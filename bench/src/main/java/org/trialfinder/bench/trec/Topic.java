package org.trialfinder.bench.trec;

/** One patient topic: its id as the judgments name it, and the note the methods rank from. */
public record Topic(String id, String note) {}
