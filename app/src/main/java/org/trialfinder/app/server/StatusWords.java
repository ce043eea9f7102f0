package org.trialfinder.app.server;

import org.trialfinder.model.vocab.OverallStatus;

/** ClinicalTrials.gov statuses in the plain words patients read (after the reference trial page). */
public final class StatusWords {
    private StatusWords() {
    }

    public static String of(OverallStatus status) {
        if (status == null) {
            return "Status not given";
        }
        return switch (status.name()) {
            case "RECRUITING" -> "Enrolling";
            case "NOT_YET_RECRUITING" -> "Not yet enrolling";
            case "ENROLLING_BY_INVITATION" -> "Enrolling by invitation";
            case "ACTIVE_NOT_RECRUITING" -> "Active, not enrolling";
            case "UNKNOWN" -> "Status unknown";
            default -> {
                String s = status.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
                yield Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        };
    }
}
