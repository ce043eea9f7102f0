package org.trialfinder.app.ops;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.component.ContainerLifeCycle;

/**
 * The access log in the NCSA Combined Log Format that log tools read (GoAccess, AWStats, ELK's Apache patterns):
 * {@code host - - [06/Dec/2026:20:31:02 +0000] "GET /api/v2/studies?query.cond=asthma HTTP/1.1" 200 5123 "referer"
 * "user agent"}. Bodies are never logged, and on the pages and endpoints that read a patient the query string is
 * dropped too (of the request and of a referer pointing there), so nothing a user typed about a patient reaches it.
 * Jetty's {@code CustomRequestLog} cannot drop the query for some paths only, hence this class.
 */
public final class AccessLog extends ContainerLifeCycle implements RequestLog {
    /** The paths that carry a patient: the patient pages, the check page of a trial, prescreen and match. */
    private static final Pattern PATIENT_PATH =
            Pattern.compile("/patient(/.*)?|/study/[^/]+/check/?|/api/v2/prescreen(/.*)?|/api/v2/match/?");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final RequestLog.Writer writer;

    /** {@code writer} is started and stopped with the server when it is a Jetty life cycle (a file writer). */
    public AccessLog(RequestLog.Writer writer) {
        this.writer = writer;
        addBean(writer);
    }

    @Override
    public void log(Request request, Response response) {
        String path = request.getHttpURI().getPath();
        String query = request.getHttpURI().getQuery();
        String target = path == null ? "/" : path;
        if (query != null && !isPatientPath(target)) {
            target += "?" + query;
        }
        StringBuilder line = new StringBuilder(256);
        line.append(orDash(Request.getRemoteAddr(request)))
                .append(" - - [")
                .append(TIME.format(Instant.ofEpochMilli(Request.getTimeStamp(request))))
                .append("] \"");
        escape(
                line,
                request.getMethod() + " " + target + " "
                        + request.getConnectionMetaData().getProtocol());
        line.append("\" ")
                .append(response.getStatus())
                .append(' ')
                .append(Response.getContentBytesWritten(response))
                .append(" \"");
        String referer = request.getHeaders().get(HttpHeader.REFERER);
        escape(line, referer == null ? "-" : withoutPatientQuery(referer));
        line.append("\" \"");
        String agent = request.getHeaders().get(HttpHeader.USER_AGENT);
        escape(line, agent == null ? "-" : agent);
        line.append('"');
        try {
            writer.write(line.toString());
        } catch (Exception e) {
            // a full disk must not fail the request that was already answered
        }
    }

    static boolean isPatientPath(String path) {
        return PATIENT_PATH.matcher(path).matches();
    }

    /** A referer with its query string dropped when it points at a patient page (e.g. a check form's own URL). */
    static String withoutPatientQuery(String referer) {
        int q = referer.indexOf('?');
        if (q < 0) {
            return referer;
        }
        String beforeQuery = referer.substring(0, q);
        int scheme = beforeQuery.indexOf("://");
        int pathStart = scheme < 0 ? 0 : beforeQuery.indexOf('/', scheme + 3);
        String path = pathStart < 0 ? "/" : beforeQuery.substring(pathStart);
        return isPatientPath(path) ? beforeQuery : referer;
    }

    /** As Apache's mod_log_config: quotes and backslashes escaped, control and non-ASCII characters as \xhh. */
    private static void escape(StringBuilder into, String value) {
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '"' || c == '\\') {
                into.append('\\').append((char) c);
            } else if (c < 0x20 || c >= 0x7f) {
                into.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else {
                into.append((char) c);
            }
        }
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
