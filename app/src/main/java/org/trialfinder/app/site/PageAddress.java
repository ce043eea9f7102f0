package org.trialfinder.app.site;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a page is, as its canonical link and Open Graph URL say: the public site root and the page's canonical path.
 *
 * @param base the site's root, without a trailing slash ({@code https://trials.example.org})
 * @param path the page's path and the query that makes it a different page ({@code /conditions/asthma?page=2})
 */
public record PageAddress(String base, String path) {

    /** The absolute URL of this page, or of {@code otherPath} on the same site when given. */
    public String url(String otherPath) {
        return base + (otherPath == null ? path : otherPath);
    }

    /**
     * The canonical path of a request: each path segment encoded as the site writes links (so {@code %e8} and
     * {@code %E8} or a raw UTF-8 byte name one page), and of the query only a page number above 1, the one
     * parameter that makes a list page a different page.
     */
    public static String canonicalPath(String requestPath, String pageParam) {
        StringBuilder path = new StringBuilder();
        for (String segment : requestPath.split("/")) {
            if (!segment.isEmpty()) {
                path.append('/').append(encode(decode(segment)));
            }
        }
        if (path.isEmpty()) {
            path.append('/');
        }
        if (pageParam != null) {
            try {
                int page = Integer.parseInt(pageParam.strip());
                if (page > 1) {
                    path.append("?page=").append(page);
                }
            } catch (NumberFormatException e) {
                // not a page number: the page itself says so; its canonical form is without it
            }
        }
        return path.toString();
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment; // a broken escape: the page answered anyway, so keep what was asked
        }
    }

    /** As the browse pages write a slug into a path: every byte but letters, digits and {@code .-*_} escaped. */
    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
