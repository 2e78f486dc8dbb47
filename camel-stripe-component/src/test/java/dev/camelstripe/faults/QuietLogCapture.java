package dev.camelstripe.faults;

import dev.camelstripe.test.LogCapture;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.LoggerConfig;

/**
 * A {@link LogCapture} (every level down to TRACE) that keeps the TRACE flood off the console while it is open: the
 * matrix runs hundreds of scenarios, and printing megabytes of wire logs would cost most of the suite's time. The
 * capture itself sees every line.
 */
final class QuietLogCapture implements AutoCloseable {

    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final Appender console;
    private final LogCapture capture;

    QuietLogCapture() {
        LoggerConfig root = context.getConfiguration().getRootLogger();
        console = root.getAppenders().get("console");
        if (console != null) {
            root.removeAppender("console");
        }
        capture = new LogCapture();
    }

    String text() {
        return capture.text();
    }

    @Override
    public void close() {
        capture.close();
        if (console != null) {
            context.getConfiguration().getRootLogger().addAppender(console, null, null);
            context.updateLoggers();
        }
    }
}
