package org.trialfinder.app.server;

import java.util.List;

/** What the home page shows of one trial. */
public record StudyCard(
        String nctId, String title, String status, String statusWords, List<String> conditions, String sponsor) {}
