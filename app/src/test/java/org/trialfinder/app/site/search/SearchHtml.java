package org.trialfinder.app.site.search;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.app.api.SampleServer;

/**
 * What a person reads off a search page, taken from the HTML the server sent: result ids in order,
 * the total, facet counts, nearest-site distances, and the links the page offers (unescaped).
 */
record SearchHtml(String html) {
    private static final Pattern RESULT = Pattern.compile("<a class=\"title\" href=\"/study/(NCT\\d{8})\">");
    private static final Pattern TOTAL = Pattern.compile("<h2 id=\"results-title\">([\\d,]+) trials?");
    private static final Pattern OPTION = Pattern.compile(
            "<input id=\"(f-[a-z_]+-[a-z_0-9]+)\"[^>]*>\\s*<label for=\"\\1\">[^<]*(?:<span class=\"count\">\\(([\\d,]+)\\)</span>)?");
    private static final Pattern DISTANCE = Pattern.compile("<strong class=\"distance\">([^<]+)</strong>");
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>([^<]+)</a>");

    static SearchHtml get(SampleServer s, String pathAndQuery) {
        HttpResponse<String> r = s.get(pathAndQuery);
        if (r.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        }
        return new SearchHtml(r.body());
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>();
        Matcher m = RESULT.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    long total() {
        Matcher m = TOTAL.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no total on the page");
        }
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    /** Control id ("f-phase-phase2") to its count as shown. */
    Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        Matcher m = OPTION.matcher(html);
        while (m.find()) {
            if (m.group(2) != null) {
                out.put(m.group(1), Long.parseLong(m.group(2).replace(",", "")));
            }
        }
        return out;
    }

    /** Nearest-site distances in km as shown ("less than 1 km" as 0.5, "3 km" as 3). */
    List<Double> distancesKm() {
        List<Double> out = new ArrayList<>();
        Matcher m = DISTANCE.matcher(html);
        while (m.find()) {
            String d = m.group(1);
            out.add(
                    d.startsWith("less than")
                            ? 0.5
                            : Double.parseDouble(d.replace(" km", "").replace(",", "")));
        }
        return out;
    }

    /** The href of the link whose text starts with {@code label}, unescaped. */
    String link(String label) {
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            if (unescape(m.group(2)).startsWith(label)) {
                return unescape(m.group(1));
            }
        }
        throw new AssertionError("no link \"" + label + "\" on the page");
    }

    boolean hasLink(String label) {
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            if (unescape(m.group(2)).startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    /** The href of the pager's or head's link with this rel, unescaped, or null. */
    String rel(String rel) {
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\" rel=\"" + rel + "\">").matcher(html);
        return m.find() ? unescape(m.group(1)) : null;
    }

    static String unescape(String s) {
        return s.replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
    }
}
