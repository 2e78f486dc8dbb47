package dev.camelstripe.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelstripe.examples.sandbox.StripeSandbox;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the example routes: on the embedded Stripe sandbox when {@code STRIPE_API_KEY} is unset, on Stripe's test
 * mode when it holds an {@code sk_test_} key. Never on a live key.
 *
 * <pre>
 * mvn -B -q package -DskipTests -Prun                              # until Ctrl-C
 * mvn -B -q package -DskipTests -Prun -Dexec.args="--duration 30s" # stops by itself
 * </pre>
 * With {@code --node NAME} it runs as one of several instances (see {@code cluster.properties}), with
 * {@code --sandbox URL} on a sandbox already running there.
 */
public final class ExamplesApplication {

    private static final Logger LOG = LoggerFactory.getLogger("examples");

    private ExamplesApplication() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine.Options options;
        try {
            options = CommandLine.options(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Duration duration = options.duration();
        String key = System.getenv("STRIPE_API_KEY");
        String refusal = KeyCheck.refusal(key);
        if (refusal != null) {
            System.err.println(refusal);
            System.exit(2);
            return;
        }

        Map<String, String> properties = new LinkedHashMap<>();
        StripeSandbox sandbox = null;
        SandboxWebhook webhook = null;
        if (options.sandbox() != null) {
            properties.putAll(sandboxProperties(options.sandbox()));
            LOG.info("Using the Stripe sandbox running at {}", options.sandbox());
        } else if (key == null || key.isBlank()) {
            sandbox = StripeSandbox.start();
            properties.putAll(sandboxProperties(sandbox.baseUrl()));
            webhook = new SandboxWebhook(sandbox);
            properties.putAll(webhook.properties());
            LOG.info("STRIPE_API_KEY is not set: using the embedded Stripe sandbox at {} (set STRIPE_API_KEY=sk_test_... "
                     + "to use Stripe's test mode)", sandbox.baseUrl());
        } else {
            // the key itself comes from application.properties: {{env:STRIPE_API_KEY}}
            // Stripe removed the legacy Orders API for current accounts: the newOrders route stays stopped there.
            properties.put("examples.orders.enabled", "false");
            String webhookSecret = System.getenv("STRIPE_WEBHOOK_SECRET");
            if (webhookSecret != null && !webhookSecret.isBlank()) {
                // the secret itself comes from application.properties: {{env:STRIPE_WEBHOOK_SECRET:}}
                properties.put("examples.webhook.enabled", "true");
            }
            LOG.info("STRIPE_API_KEY is set: using Stripe's test mode at https://api.stripe.com "
                     + "(the legacy newOrders route is not started)");
        }
        if (duration != null) {
            properties.put("camel.main.duration-max-seconds", Long.toString(Math.max(1, duration.toSeconds())));
            LOG.info("Stopping by itself after {}s", Math.max(1, duration.toSeconds()));
        } else {
            LOG.info("Running until Ctrl-C");
        }

        if (options.node() != null) {
            Path work = Path.of(System.getProperty("examples.work.dir", "target/examples")).toAbsolutePath();
            properties.putAll(Examples.clusterProperties(options.node(), work.resolve(options.node()),
                    work.resolve("shared")));
            LOG.info("Instance {} of several: its folders in {}, the trigger lock and positions in {}; the trigger"
                     + " routes run on one instance at a time", options.node(), work.resolve(options.node()),
                    work.resolve("shared"));
        }
        Main main = Examples.newMain(properties);
        main.addMainListener(new Seeder(sandbox));
        if (webhook != null) {
            main.addMainListener(webhook);
        }
        try {
            main.run();
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** What points the component at a sandbox (the key is the sandbox's when STRIPE_API_KEY is unset). */
    public static Map<String, String> sandboxProperties(StripeSandbox sandbox) {
        return sandboxProperties(sandbox.baseUrl());
    }

    /** What points the component at the sandbox at {@code baseUrl}. */
    static Map<String, String> sandboxProperties(String baseUrl) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("camel.component.stripe.api-base", baseUrl);
        // the sandbox lists every object as soon as it exists: nothing to let settle
        properties.put("examples.trigger.settle-time", "0");
        return properties;
    }
}
