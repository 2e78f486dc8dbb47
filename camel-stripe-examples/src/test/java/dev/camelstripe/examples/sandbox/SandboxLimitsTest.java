package dev.camelstripe.examples.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a sandbox left running refuses to hold: oversized and deeply nested requests, a port that is taken. */
class SandboxLimitsTest extends SandboxTestSupport {

    @Test
    void aBodyAboveTheLimitIs413AndCreatesNothing() {
        String form = "description=" + "x".repeat(SandboxLimits.MAX_REQUEST_BYTES);

        SandboxClient.Reply reply = client.post("/v1/customers", form);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.error()).containsEntry("type", "invalid_request_error").containsEntry("message",
                "The request body is larger than the sandbox accepts (1048576 bytes).");
        assertThat(sandbox.customers().count()).isZero();
        assertThat(client.post("/v1/customers", "description=" + "x".repeat(1000)).status()).isEqualTo(200);
    }

    @Test
    void aRequestLineAboveTheLimitIsCutOffAndTheSandboxCarriesOn() {
        String query = "?email=" + "x".repeat(SandboxLimits.MAX_REQUEST_HEAD_BYTES);

        assertThatThrownBy(() -> client.get("/v1/customers" + query)).isInstanceOf(UncheckedIOException.class);
        assertThat(client.get("/v1/customers?email=" + "x".repeat(1000)).status()).isEqualTo(200);
    }

    @Test
    void deepNestingIs400InsteadOfAStackOverflow() {
        String deep = "metadata" + "[a]".repeat(20_000) + "=v";

        SandboxClient.Reply reply = client.post("/v1/customers", deep);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).containsEntry("param", "metadata").containsEntry("message",
                "Invalid parameter metadata: nested 20001 levels deep; the sandbox accepts at most 10.");
        assertThat(sandbox.customers().count()).isZero();
        // the limit itself is accepted, and the sandbox answers as before
        assertThat(FormParser.parse("a" + "[b]".repeat(SandboxLimits.MAX_PARAMETER_DEPTH - 1) + "=v")).containsKey("a");
        assertThat(client.post("/v1/customers", "metadata[k]=v").status()).isEqualTo(200);
    }

    @Test
    void anIdempotencyKeyLongerThanStripesIs400AndRunsNothing() {
        SandboxClient.Reply reply = client.postIdempotent("/v1/customers", "email=a%40x.io", SandboxClient.KEY,
                "k".repeat(256));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().get("message")).isEqualTo("The Idempotency-Key header is 256 characters long; "
                                                           + "idempotency keys are up to 255 characters.");
        assertThat(sandbox.customers().count()).isZero();
        assertThat(client.postIdempotent("/v1/customers", "email=a%40x.io", SandboxClient.KEY, "k".repeat(255))
                .status()).isEqualTo(200);
    }

    @Test
    void callsAreCountedPerRouteWhateverTheirOutcome() {
        client.post("/v1/customers", "email=a%40x.io");
        client.post("/v1/customers", "favourite_colour=blue");
        client.get("/v1/customers/cus_missing");

        assertThat(sandbox.callCount("POST", "/v1/customers")).isEqualTo(2);
        assertThat(sandbox.callCount("GET", "/v1/customers/{id}")).isEqualTo(1);
        assertThat(sandbox.callCount("GET", "/v1/customers")).isZero();
        assertThat(sandbox.requestCount()).isEqualTo(3);
    }

    @Test
    void theStandalonePortIsNotStripeMocks() {
        assertThat(SandboxLimits.DEFAULT_PORT).isNotIn(12111, 12112);
    }

    @Test
    void aTakenPortFailsAtStartNamingThePortAndHowToChooseAnother() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> StripeSandbox.start(Clock.systemUTC(), port, new Random()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot start the Stripe sandbox: port " + port + " on 127.0.0.1 is already in use "
                                + "(another sandbox, or another program). Stop it, or choose another port: give it "
                                + "as the first argument (with Maven: -Dexec.args=" + (port + 1) + ") and point "
                                + "camel.component.stripe.api-base at http://127.0.0.1:" + (port + 1) + ".");
        }
    }
}
