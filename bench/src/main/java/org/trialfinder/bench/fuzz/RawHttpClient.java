package org.trialfinder.bench.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTTP/1.1 client over a plain socket, for what java.net.http refuses to send: raw bytes in the request target,
 * broken percent-encodings, any method, any header, a body with any content type. One keep-alive connection,
 * reopened when the server closes it; chunked and Content-Length answers are read to the end.
 */
public final class RawHttpClient implements AutoCloseable {
    /** Longest body kept for the checks; the rest is read and dropped. */
    private static final int KEEP_BYTES = 4 * 1024 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public RawHttpClient(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** Sends the request and reads the whole answer; status 0 when the server closed without answering. */
    public FuzzResponse send(FuzzRequest request) throws IOException {
        boolean reused = socket != null;
        try {
            return exchange(request);
        } catch (EOFException e) {
            close();
            if (reused) {
                // the server may close an idle keep-alive connection just as a request goes out: once more, fresh
                return exchange(request);
            }
            throw e;
        }
    }

    private FuzzResponse exchange(FuzzRequest request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            out = socket.getOutputStream();
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(request.method().getBytes(StandardCharsets.ISO_8859_1));
        head.write(' ');
        head.writeBytes(request.target());
        head.writeBytes(" HTTP/1.1\r\nHost: ".getBytes(StandardCharsets.ISO_8859_1));
        head.writeBytes((host + ":" + port + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (String h : request.headers()) {
            head.writeBytes(h.getBytes(StandardCharsets.UTF_8));
            head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        if (request.body().length > 0
                || request.method().equals("POST")
                || request.method().equals("PUT")) {
            head.writeBytes(
                    ("Content-Length: " + request.body().length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        long start = System.nanoTime();
        try {
            out.write(head.toByteArray());
            out.write(request.body());
            out.flush();
        } catch (IOException e) {
            // the server may refuse a large body and close before reading it all: its answer is still there
        }
        String statusLine = line();
        long firstByte = System.nanoTime() - start;
        if (statusLine == null) {
            throw new EOFException("the connection closed before an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            close();
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = parts[0].equals("HTTP/1.0");
        String contentType = "";
        String contentEncoding = "";
        for (String h; (h = line()) != null && !h.isEmpty(); ) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" ->
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter |= value.equalsIgnoreCase("close");
                case "content-type" -> contentType = value;
                case "content-encoding" -> contentEncoding = value;
                default -> {}
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean noBody = request.method().equals("HEAD") || status == 204 || status == 304 || status < 200;
        if (!noBody) {
            if (chunked) {
                for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0; ) {
                    copy(size, body);
                    line();
                }
                for (String trailer; (trailer = line()) != null && !trailer.isEmpty(); ) {
                    // trailers: none expected
                }
            } else if (length >= 0) {
                copy(length, body);
            } else {
                copy(Long.MAX_VALUE, body);
                closeAfter = true;
            }
        }
        long nanos = System.nanoTime() - start;
        if (closeAfter) {
            close();
        }
        return new FuzzResponse(status, contentType, contentEncoding, body.toByteArray(), nanos, firstByte);
    }

    private void copy(long n, ByteArrayOutputStream body) throws IOException {
        byte[] buf = new byte[16384];
        long left = n;
        while (left > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                if (n == Long.MAX_VALUE) {
                    return;
                }
                throw new EOFException("the answer ended " + left + " bytes early");
            }
            if (body.size() < KEEP_BYTES) {
                body.write(buf, 0, r);
            }
            left -= r;
        }
    }

    /** One header line without its CRLF; null at the end of the stream before any byte. */
    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c < 0 && b.size() == 0) {
            return null;
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
