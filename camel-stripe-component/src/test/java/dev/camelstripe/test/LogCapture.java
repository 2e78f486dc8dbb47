package dev.camelstripe.test;

import java.io.StringWriter;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Captures everything logged, at every level down to TRACE, while it is open: proves what does (and does not)
 * reach a log line.
 */
public final class LogCapture implements AutoCloseable {

    private final StringWriter captured = new StringWriter();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final WriterAppender appender;
    private final Level previousRootLevel;

    public LogCapture() {
        Configuration config = context.getConfiguration();
        appender = WriterAppender.newBuilder()
                .setName("capture-" + System.identityHashCode(this))
                .setTarget(captured)
                .setLayout(PatternLayout.newBuilder().withPattern("%-5level %logger - %msg %throwable%n").build())
                .build();
        appender.start();
        LoggerConfig root = config.getRootLogger();
        previousRootLevel = root.getLevel();
        root.addAppender(appender, Level.TRACE, null);
        root.setLevel(Level.TRACE);
        context.updateLoggers();
    }

    public String text() {
        return captured.toString();
    }

    @Override
    public void close() {
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.removeAppender(appender.getName());
        root.setLevel(previousRootLevel);
        context.updateLoggers();
        appender.stop();
    }
}
