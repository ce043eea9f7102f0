package org.trialfinder.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One study as a source yields it, before it is parsed, or the reason a part of the source could
 * not be read. {@code origin} names where it came from precisely enough for a person to find it:
 * {@code studies.jsonl:120}, {@code AllPublicXML.zip!NCT0000xxxx/NCT00000102.xml}, {@code page.json#studies[3]}.
 */
public sealed interface SourceItem {
    String origin();

    /** A study's JSON, still as bytes so that parsing happens on a worker thread. */
    record JsonBytes(String origin, byte[] json) implements SourceItem {}

    /** A study's JSON already read as a tree (elements of an API page or a JSON array). */
    record JsonTree(String origin, JsonNode tree) implements SourceItem {}

    /** One legacy {@code <clinical_study>} XML document. */
    record LegacyXml(String origin, byte[] xml) implements SourceItem {}

    /** Something that could not be read as a study: malformed, truncated, unreadable, unknown format. */
    record Unreadable(String origin, String reason) implements SourceItem {}
}
