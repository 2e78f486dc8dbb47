package dev.camelstripe.examples.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh sandbox per test on a hand-set clock, and a client for it. */
abstract class SandboxTestSupport {

    static final long T0 = 1_700_000_000L;

    protected MutableClock clock;
    protected StripeSandbox sandbox;
    protected SandboxClient client;

    @BeforeEach
    void startSandbox() {
        clock = new MutableClock(T0);
        sandbox = StripeSandbox.start(clock);
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }
}
