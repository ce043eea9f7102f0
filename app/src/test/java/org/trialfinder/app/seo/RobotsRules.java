package org.trialfinder.app.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a robots.txt for every crawler ({@code User-agent: *}), applied as Google documents them (RFC 9309):
 * the longest matching Allow or Disallow pattern decides, Allow winning a tie; {@code *} matches any characters and
 * {@code $} ends a pattern. Written here from the RFC, independent of the server's code.
 */
final class RobotsRules {
    private record Rule(boolean allow, String pattern, Pattern regex) {}

    private final List<Rule> rules = new ArrayList<>();
    final List<String> sitemaps = new ArrayList<>();

    RobotsRules(String text) {
        boolean forAll = false;
        for (String raw : text.split("\n")) {
            String line = raw.replaceAll("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent" -> forAll = value.equals("*");
                case "allow", "disallow" -> {
                    if (forAll && !value.isEmpty()) {
                        rules.add(new Rule(key.equals("allow"), value, regex(value)));
                    }
                }
                case "sitemap" -> sitemaps.add(value);
                default -> throw new AssertionError("unknown robots.txt line: " + raw);
            }
        }
    }

    /** Whether a crawler may fetch {@code pathAndQuery}. */
    boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule r : rules) {
            if (r.regex().matcher(pathAndQuery).lookingAt()
                    && (best == null
                            || r.pattern().length() > best.pattern().length()
                            || (r.pattern().length() == best.pattern().length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    private static Pattern regex(String pattern) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder re = new StringBuilder();
        for (String part : body.split("\\*", -1)) {
            if (!re.isEmpty()) {
                re.append(".*");
            }
            re.append(Pattern.quote(part));
        }
        return Pattern.compile(re + (anchored ? "$" : ""));
    }
}
