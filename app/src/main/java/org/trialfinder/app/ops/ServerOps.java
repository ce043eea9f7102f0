package org.trialfinder.app.ops;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.util.component.LifeCycle;
import org.trialfinder.store.StudyStore;

/**
 * What the server does for its operators, set up in one place: the {@code /metrics} endpoint and the request
 * metrics behind it, the access log, and how long a connection may stay idle (a client that stopped reading or
 * left mid-answer frees its thread after {@code idleTimeout}).
 */
public final class ServerOps implements AutoCloseable {
    /** Jetty's own default; a blocked write to a client that reads nothing gives up after this long. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    private final ServerMetrics metrics;
    private final Optional<AccessLogTarget> accessLog;
    private final Duration idleTimeout;

    private ServerOps(ServerMetrics metrics, Optional<AccessLogTarget> accessLog, Duration idleTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive, not " + idleTimeout);
        }
        this.metrics = metrics;
        this.accessLog = accessLog;
        this.idleTimeout = idleTimeout;
    }

    /** Metrics on, no access log, the default idle timeout: what tests' and benchmarks' servers get. */
    public static ServerOps defaults(StudyStore store) {
        return new ServerOps(new ServerMetrics(store), Optional.empty(), DEFAULT_IDLE_TIMEOUT);
    }

    public static ServerOps of(StudyStore store, Optional<AccessLogTarget> accessLog, Duration idleTimeout) {
        return new ServerOps(new ServerMetrics(store), accessLog, idleTimeout);
    }

    /** The metrics, also what a sync reports its outcome to (they are its {@code SyncMetrics}). */
    public ServerMetrics metrics() {
        return metrics;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** Applies all of it to the server being configured (called once from {@code WebServer.start}). */
    public void configure(JavalinConfig config) {
        config.requestLogger.http(metrics::record);
        config.routes.get(
                "/metrics", ctx -> ctx.contentType(ServerMetrics.contentType()).result(metrics.scrape()));
        long idleMillis = idleTimeout.toMillis();
        config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(idleMillis));
        config.jetty.modifyServer(server -> {
            accessLog.ifPresent(target -> server.setRequestLog(new AccessLog(target.writer())));
            // Javalin adds its connector just before it starts the server: set the connector's idle timeout then.
            // An idle keep-alive connection, and a write to a client that stopped reading, end after it.
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (Connector connector : server.getConnectors()) {
                        if (connector instanceof AbstractConnector c) {
                            c.setIdleTimeout(idleMillis);
                        }
                    }
                }
            });
        });
    }

    @Override
    public void close() {
        metrics.close();
    }

    /** Where access log lines go: standard output or a file (appended to, its folder created). */
    public sealed interface AccessLogTarget {
        RequestLog.Writer writer();

        /** {@code off}, {@code -} (standard output) or a file path; {@code off} is empty. */
        static Optional<AccessLogTarget> parse(String value, Path dataDir) {
            if (value == null || value.equalsIgnoreCase("off")) {
                return Optional.empty();
            }
            if (value.equals("-")) {
                return Optional.of(new Stdout(System.out));
            }
            Path file = dataDir.resolve(value).toAbsolutePath();
            return Optional.of(new File(file));
        }
    }

    public record Stdout(PrintStream out) implements AccessLogTarget {
        @Override
        public RequestLog.Writer writer() {
            return line -> {
                synchronized (out) {
                    out.println(line);
                }
            };
        }
    }

    public record File(Path path) implements AccessLogTarget {
        @Override
        public RequestLog.Writer writer() {
            try {
                Files.createDirectories(path.getParent());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot create the folder of the access log " + path + ": " + e);
            }
            RequestLogWriter writer = new RequestLogWriter(path.toString());
            writer.setAppend(true);
            return writer;
        }
    }
}
