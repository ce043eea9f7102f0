package org.trialfinder.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.SampleServer;
import org.trialfinder.app.server.WebServer;

/**
 * A client that reads a large answer at 1 byte per second, and one that hangs up in the middle: the server thread
 * writing the answer (the whole-store download, streamed) is released within the idle timeout (2 s here) instead of
 * waiting on the client for as long as it likes. Seen from the JVM's own thread list: a thread is "serving the
 * download" while a frame of the download's writer is on its stack.
 */
class SlowClientTest {
    static final Duration IDLE = Duration.ofSeconds(2);
    static final String DOWNLOAD = "org.trialfinder.api.studies.StudiesDownload";

    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        SampleServer sample = SampleServer.get();
        server = WebServer.start(sample.app, "127.0.0.1", 0, ServerOps.of(sample.store, Optional.empty(), IDLE));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aClientReadingOneBytePerSecondIsDroppedAfterTheIdleTimeout() throws Exception {
        try (Socket socket = requestDownload()) {
            InputStream in = socket.getInputStream();
            awaitDownloadThreads(1, Duration.ofSeconds(20));
            long t0 = System.nanoTime();
            // read 1 byte a second: far too slow for the server's buffers to drain, so its write makes no progress
            boolean released = false;
            while (System.nanoTime() - t0 < IDLE.plusSeconds(10).toNanos()) {
                in.read();
                Thread.sleep(1000);
                if (downloadThreads() == 0) {
                    released = true;
                    break;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(released)
                    .as("the download thread was released within the idle timeout + 10 s")
                    .isTrue();
            assertThat(seconds).isLessThan(IDLE.toSeconds() + 10);
            // and the server closed the connection: reading on fast now reaches its end
            socket.setSoTimeout(10_000);
            byte[] buf = new byte[1 << 16];
            assertThat(readToEnd(in, buf)).isTrue();
        }
    }

    @Test
    void aClientThatHangsUpMidAnswerFreesTheThread() throws Exception {
        Socket socket = requestDownload();
        InputStream in = socket.getInputStream();
        byte[] head = in.readNBytes(1000);
        assertThat(new String(head, 0, 15, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200 OK");
        awaitDownloadThreads(1, Duration.ofSeconds(20));
        socket.setSoLinger(true, 0); // hang up hard: a reset, as a dropped mobile connection
        socket.close();
        awaitDownloadThreads(0, IDLE.plusSeconds(10));
    }

    private static Socket requestDownload() throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096); // before connecting, so the window stays small
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/v2/studies/download?format=json.zip HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static boolean readToEnd(InputStream in, byte[] buf) {
        try {
            while (in.read(buf) >= 0) {
                // drain what the server had sent before it gave up
            }
            return true;
        } catch (IOException reset) {
            return true; // a reset also says the server closed it
        }
    }

    static long downloadThreads() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack ->
                        Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith(DOWNLOAD)))
                .count();
    }

    private static void awaitDownloadThreads(long expected, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (downloadThreads() != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(downloadThreads()).as("threads writing the download").isEqualTo(expected);
    }
}
