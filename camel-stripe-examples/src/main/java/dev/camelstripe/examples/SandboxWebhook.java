package dev.camelstripe.examples;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.camelstripe.examples.sandbox.StripeSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;

/**
 * Has the embedded sandbox sign and send its {@code charge.failed} events to this application's webhook route, as a
 * webhook endpoint registered in Stripe's dashboard would: a fresh signing secret for the run, given to the route
 * through {@link #properties()}, and the endpoint registered once the application is configured (Camel Main calls
 * {@code afterConfigure} however it is started; an event sent before the HTTP server listens is retried, as Stripe
 * does).
 */
final class SandboxWebhook extends MainListenerSupport {

    static final List<String> EVENTS = List.of("charge.failed");

    private final StripeSandbox sandbox;
    private final String secret;

    SandboxWebhook(StripeSandbox sandbox) {
        this.sandbox = sandbox;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.secret = "whsec_" + HexFormat.of().formatHex(random);
    }

    /** What turns the webhook route on, with this run's secret. */
    Map<String, String> properties() {
        return Map.of("examples.webhook.enabled", "true", "examples.webhook.secret", secret);
    }

    @Override
    public void afterConfigure(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        String host = context.resolvePropertyPlaceholders("{{examples.http.host}}");
        String url = "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":"
                     + context.resolvePropertyPlaceholders("{{examples.http.port}}")
                     + context.resolvePropertyPlaceholders("{{examples.webhook.path}}");
        sandbox.webhooks().register(url, EVENTS, secret);
    }
}
