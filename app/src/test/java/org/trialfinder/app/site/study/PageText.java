package org.trialfinder.app.site.study;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal reading of a served page as a person sees it: its headings in order, each with the
 * visible text up to the next heading (tags removed, entities decoded, spaces collapsed).
 */
record PageText(List<Section> sections) {
    record Section(String heading, String text) {}

    private static final Pattern HEADING = Pattern.compile("(?s)<h([1-6])[^>]*>(.*?)</h\\1>");

    static PageText of(String html) {
        String body = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<head>.*?</head>", "");
        List<Section> sections = new ArrayList<>();
        Matcher m = HEADING.matcher(body);
        int previousEnd = -1;
        String previousHeading = null;
        while (m.find()) {
            if (previousHeading != null) {
                sections.add(new Section(previousHeading, text(body.substring(previousEnd, m.start()))));
            }
            previousHeading = text(m.group(2));
            previousEnd = m.end();
        }
        if (previousHeading != null) {
            sections.add(new Section(previousHeading, text(body.substring(previousEnd))));
        }
        return new PageText(sections);
    }

    /** The text under the first heading with exactly this text. */
    String under(String heading) {
        return sections.stream()
                .filter(s -> s.heading().equals(heading))
                .map(Section::text)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no heading \"" + heading + "\" among " + headings()));
    }

    List<String> headings() {
        return sections.stream().map(Section::heading).toList();
    }

    static String text(String html) {
        return html.replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#34;", "\"")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
