package org.trialfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.SampleServer;

/** Every answer says how long the server worked on it ({@code Server-Timing: app;dur=MS}), read by bench/run pages. */
class ServerTimingTest {
    private static final Pattern APP = Pattern.compile("app;dur=(\\d+\\.\\d{3})");

    @Test
    void pagesApiAnswersAndErrorsCarryTheServerTime() throws Exception {
        SampleServer server = SampleServer.get();
        for (String path :
                new String[] {"/", "/api/v2/studies?pageSize=1", "/api/v2/studies?query.bogus=1", "/no-such-page"}) {
            HttpResponse<String> r = server.get(path);
            String timing = r.headers()
                    .firstValue("server-timing")
                    .orElseThrow(() -> new AssertionError("no Server-Timing on " + path));
            Matcher m = APP.matcher(timing);
            assertThat(m.matches()).as("Server-Timing of %s: %s", path, timing).isTrue();
            assertThat(Double.parseDouble(m.group(1)))
                    .as("server milliseconds of %s", path)
                    .isGreaterThanOrEqualTo(0.0);
        }
    }
}
