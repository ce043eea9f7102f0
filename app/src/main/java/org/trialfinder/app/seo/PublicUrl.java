package org.trialfinder.app.seo;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address people and search engines reach the site at, for everything that must be absolute: canonical links,
 * Open Graph URLs, sitemaps, robots.txt and feeds. Either configured ({@code serve --public-url
 * https://trials.example.org}, or the environment variable {@value #ENV}), which is what a site behind a proxy
 * should do, or taken from each request: its {@code Host} header and scheme ({@code X-Forwarded-Proto: https}
 * honoured), right when the server is reached directly or through a proxy that passes the host on.
 */
public final class PublicUrl {
    /** The environment variable read when {@code --public-url} is not given. */
    public static final String ENV = "TRIALFINDER_PUBLIC_URL";

    /** What a Host header may hold to be echoed into a link: a name or address and a port, nothing else. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");

    /** The configured site root without a trailing slash, or null to take it from each request. */
    private final String configured;

    private PublicUrl(String configured) {
        this.configured = configured;
    }

    /** The address taken from each request. */
    public static PublicUrl fromRequests() {
        return new PublicUrl(null);
    }

    /**
     * The configured address {@code url} (an absolute http or https URL of the site's root), else {@code env} when
     * not blank, else {@link #fromRequests()}.
     *
     * @throws IllegalArgumentException naming the option and what is wrong with the value
     */
    public static PublicUrl configured(String url, String env) {
        if (url != null) {
            return new PublicUrl(root(url, "--public-url"));
        }
        if (env != null && !env.isBlank()) {
            return new PublicUrl(root(env, ENV));
        }
        return fromRequests();
    }

    /** The configured root, when one was given. */
    public Optional<String> configured() {
        return Optional.ofNullable(configured);
    }

    /** The site's root for this request, without a trailing slash: {@code https://trials.example.org}. */
    public String base(Context ctx) {
        if (configured != null) {
            return configured;
        }
        String host = ctx.header("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            host = "localhost";
        }
        String proto = ctx.header("X-Forwarded-Proto");
        String scheme = "https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto)
                ? proto.toLowerCase(Locale.ROOT)
                : ctx.scheme();
        return scheme + "://" + host.toLowerCase(Locale.ROOT);
    }

    /** {@code value} as a site root (scheme and host lower case, no trailing slash), or a clear refusal. */
    static String root(String value, String option) {
        String shown = value.strip();
        String rule = option + " must be the absolute http or https address of the site's root, such as "
                + "https://trials.example.org, not \"" + shown + "\"";
        URI uri;
        try {
            uri = new URI(shown);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(rule + ": " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(rule + ": it does not start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException(rule + ": it names no host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(rule + ": a user, query or fragment has no place in it");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty() && !path.equals("/")) {
            // the pages link to /search, /study/… from the root: a site under a sub-path would need those rewritten
            throw new IllegalArgumentException(
                    rule + ": Trialfinder is served at the root of its host, without a path");
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
