package org.trialfinder.eligibility.parse;

import java.util.Locale;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.MetastasisCheck;

/** A recogniser stage of {@link Recognizer}: Metastases by site ("brain metastases", "CNS involvement"). */
final class MetastasisTokens extends TokenScan {

    MetastasisTokens(TokenScan scan) {
        super(scan);
    }

    private static final Pattern METASTASIS = p(
            "(?<![\\p{L}])(?<site>brain|cerebral|cns|central\\s+nervous\\s+system|liver|hepatic|bone|osseous|skeletal|lung|pulmonary|peritoneal|distant|distal)\\s+(?:metastas[ie]s|metastatic\\s+(?:disease|lesions?)|mets|metastasis\\s+lesions?)"
                    + "|(?<![\\p{L}])metastas[ie]s\\s+(?:to|in)\\s+(?:the\\s+)?(?<site2>brain|liver|bone|lung|cns|central\\s+nervous\\s+system|peritoneum)"
                    + "|(?<![\\p{L}])(?<site3>cns|central\\s+nervous\\s+system)\\s+involvement");

    void metastases() {
        find(METASTASIS, m -> {
            String written = (m.group("site") != null
                            ? m.group("site")
                            : m.group("site2") != null ? m.group("site2") : m.group("site3"))
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ");
            String site = switch (written) {
                case "brain", "cerebral" -> "brain";
                case "cns", "central nervous system" -> "cns";
                case "liver", "hepatic" -> "liver";
                case "bone", "osseous", "skeletal" -> "bone";
                case "lung", "pulmonary" -> "lung";
                case "peritoneal", "peritoneum" -> "peritoneal";
                default -> "distant";
            };
            return new Token.Atom(m.start(), m.end(), new MetastasisCheck(site, span(m)));
        });
    }
}
