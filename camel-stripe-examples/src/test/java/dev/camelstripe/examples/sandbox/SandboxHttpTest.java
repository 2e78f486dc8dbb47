package dev.camelstripe.examples.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Authentication, Request-Id, content type and routing: what every call goes through. */
class SandboxHttpTest extends SandboxTestSupport {

    @Test
    void listensOnLoopbackAtAFreePort() {
        assertThat(sandbox.port()).isPositive();
        assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port());
    }

    @Test
    void missingAuthorizationIs401() {
        SandboxClient.Reply reply = client.send("GET", "/v1/customers", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).containsOnlyKeys("type", "message");
        assertThat(reply.error().get("type")).isEqualTo("invalid_request_error");
        assertThat((String) reply.error().get("message")).startsWith("You did not provide an API key.");
        assertThat(reply.header("Request-Id")).matches("req_[0-9A-Za-z]{14}");
    }

    @Test
    void liveKeyIs401AndTheKeyIsNeverEchoed() {
        String liveKey = "sk_live_51HxSecretSecretSecretWXYZ";

        SandboxClient.Reply reply = client.send("GET", "/v1/customers", null, "Authorization", "Bearer " + liveKey);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo(Map.of("type", "invalid_request_error",
                "message", "Invalid API Key provided: sk_live_****WXYZ"));
        assertThat(reply.body()).doesNotContain(liveKey).doesNotContain("51HxSecret");
    }

    @Test
    void shortGarbageKeyIsMaskedCompletely() {
        SandboxClient.Reply reply = client.send("GET", "/v1/customers", null, "Authorization", "Bearer hunter2");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error().get("message")).isEqualTo("Invalid API Key provided: ****");
    }

    @Test
    void acceptsBasicAuthAndRestrictedTestKeys() {
        String basic = Base64.getEncoder().encodeToString((SandboxClient.KEY + ":").getBytes(StandardCharsets.UTF_8));

        assertThat(client.send("GET", "/v1/customers", null, "Authorization", "Basic " + basic).status())
                .isEqualTo(200);
        assertThat(client.send("GET", "/v1/customers", null, "Authorization", "Bearer rk_test_abc").status())
                .isEqualTo(200);
    }

    @Test
    void everyResponseHasAFreshRequestIdAndJsonContentType() {
        SandboxClient.Reply first = client.get("/v1/customers");
        SandboxClient.Reply second = client.get("/v1/products/prod_missing");

        assertThat(first.header("Request-Id")).matches("req_[0-9A-Za-z]{14}");
        assertThat(second.header("Request-Id")).matches("req_[0-9A-Za-z]{14}").isNotEqualTo(first.header("Request-Id"));
        assertThat(first.header("Content-Type")).isEqualTo("application/json");
        assertThat(second.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void unknownUrlIs404AndWrongMethodIs405() {
        SandboxClient.Reply unknown = client.get("/v1/payment_links");
        SandboxClient.Reply trailingSlash = client.get("/v1/customers/");
        SandboxClient.Reply wrongMethod = client.delete("/v1/charges/ch_1"); // charges cannot be deleted

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo(Map.of("type", "invalid_request_error", "message",
                "Unrecognized request URL (GET: /v1/payment_links). Please see https://stripe.com/docs or we can "
                        + "help at https://support.stripe.com/."));
        assertThat(trailingSlash.status()).isEqualTo(404);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.error().get("type")).isEqualTo("invalid_request_error");
    }
}
