package org.trialfinder.ingest.source;

import java.util.Locale;

/** The forms ClinicalTrials.gov data comes in, told apart by file name and, failing that, by content. */
public enum SourceFormat {
    /** One study object, an API page {@code {"studies":[…]}} or a JSON array of studies. */
    JSON,
    /** One study JSON per line. */
    JSON_LINES,
    /** One legacy {@code <clinical_study>} document. */
    LEGACY_XML,
    /** A zip of any of the above (the bulk {@code json.zip}, AllPublicXML.zip). */
    ZIP,
    /** Not recognised from the name: decided from the first bytes. */
    UNKNOWN;

    /** The format a name says, looking through a {@code .gz} suffix (the caller decompresses). */
    public static SourceFormat fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonlines")) {
            return JSON_LINES;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        if (n.endsWith(".xml")) {
            return LEGACY_XML;
        }
        if (n.endsWith(".zip")) {
            return ZIP;
        }
        return UNKNOWN;
    }

    public static boolean isGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
