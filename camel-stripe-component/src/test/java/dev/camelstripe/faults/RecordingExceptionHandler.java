package dev.camelstripe.faults;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;

/** The consumer's exception handler in the trigger tests: keeps what a user's handler would be given. */
final class RecordingExceptionHandler implements ExceptionHandler {

    private final List<Throwable> seen = new CopyOnWriteArrayList<>();

    @Override
    public void handleException(Throwable exception) {
        seen.add(exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        seen.add(exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        seen.add(exception);
    }

    List<Throwable> seen() {
        return List.copyOf(seen);
    }
}
