package dev.camelstripe.examples;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelstripe.examples.sandbox.StripeSandbox;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListener;

import static org.awaitility.Awaitility.await;

/**
 * The example application as the tests start it: its properties and routes as shipped, against a sandbox, with
 * triggers polling every 100 ms from the beginning and no seeding.
 */
final class TestApplications {

    private TestApplications() {
    }

    static Map<String, String> properties(StripeSandbox sandbox, Path work, int httpPort) {
        Map<String, String> properties = new LinkedHashMap<>(ExamplesApplication.sandboxProperties(sandbox));
        // through a placeholder, as a deployment should: a key in plain text gets Camel's security warning
        properties.put("camel.component.stripe.api-key", "{{examples.test.api-key}}");
        properties.put("examples.test.api-key", "sk_test_example_routes_test");
        properties.put("camel.component.stripe.rate-limit", "100000");
        properties.put("examples.work-dir", work.toString());
        properties.put("examples.http.port", Integer.toString(httpPort));
        properties.put("examples.trigger.delay", "100");
        properties.put("examples.trigger.start-from", "beginning");
        properties.put("examples.seed", "false");
        return properties;
    }

    /** Starts the application and waits until its CamelContext has started. */
    static Main start(Map<String, String> properties, MainListener... listeners) {
        Main main = Examples.newMain(properties);
        for (MainListener listener : listeners) {
            main.addMainListener(listener);
        }
        main.start();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> main.getCamelContext() != null && main.getCamelContext().isStarted());
        return main;
    }

    static HttpResponse<String> postSignup(int httpPort, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + httpPort + "/signup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
