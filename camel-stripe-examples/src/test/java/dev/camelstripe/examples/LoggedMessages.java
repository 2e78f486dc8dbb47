package dev.camelstripe.examples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** The messages one logger of the examples' log4j2 configuration writes while this is open, as "LEVEL message". */
final class LoggedMessages implements AutoCloseable {

    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final LoggerConfig logger;
    private final AbstractAppender appender;

    LoggedMessages(String loggerName) {
        logger = context.getConfiguration().getLoggerConfig(loggerName);
        appender = new AbstractAppender("messages-of-" + loggerName, null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                messages.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
            }
        };
        appender.start();
        logger.addAppender(appender, null, null);
        context.updateLoggers();
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        logger.removeAppender(appender.getName());
        context.updateLoggers();
        appender.stop();
    }
}
