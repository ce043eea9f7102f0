package org.trialfinder.eligibility.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus.Scale;

/** Performance scores: the scales' names as written, and the values each scale allows. */
public final class PerformanceScores {

    private PerformanceScores() {}

    private static final Pattern WRITTEN = Pattern.compile(
            "^\\s*(ecog(?:\\s*ps)?|who(?:\\s*ps)?|zubrod|karnofsky(?:\\s*ps)?|kps|lansky(?:\\s*ps)?|lps)"
                    + "\\s*(?:performance\\s+status|ps|score)?\\s*(?:of|=|:|is)?\\s*(\\d{1,3})\\s*%?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** The scale a name denotes ("ECOG", "Zubrod", "KPS", "Karnofsky", "Lansky", "WHO"), if any. */
    public static Optional<Scale> scale(String written) {
        String name = written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+(ps|performance\\s+status)$", "");
        return switch (name) {
            case "ecog", "zubrod" -> Optional.of(Scale.ECOG);
            case "who" -> Optional.of(Scale.WHO);
            case "karnofsky", "kps" -> Optional.of(Scale.KARNOFSKY);
            case "lansky", "lps" -> Optional.of(Scale.LANSKY);
            default -> Optional.empty();
        };
    }

    /** "ECOG 1", "ECOG PS 2", "KPS 80", "Karnofsky 80%", "WHO performance status 1", "Lansky 70". */
    public static Optional<PerformanceStatus> parse(String written) {
        Matcher m = WRITTEN.matcher(written);
        if (!m.matches()) {
            return Optional.empty();
        }
        return scale(m.group(1)).map(scale -> new PerformanceStatus(scale, Integer.parseInt(m.group(2))));
    }

    /** What is wrong with a value on a scale, or null when it is a value the scale has. */
    public static String problem(Scale scale, int value) {
        return switch (scale) {
            case ECOG, WHO -> value >= 0 && value <= 5 ? null : scale + " performance status is 0 to 5, not " + value;
            case KARNOFSKY, LANSKY ->
                value < 0 || value > 100
                        ? scale + " score is 0 to 100, not " + value
                        : value % 10 != 0 ? scale + " score is a multiple of 10, not " + value : null;
        };
    }
}
