package dev.camelstripe.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.camelstripe.StripeComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code stripe} dev console: per connection its throttle (limit, window, permits in use and resting, waiters)
 * and its last 429; per trigger its position, last poll and outcome, lag, consecutive failures, poison object and
 * progress; per webhook endpoint its requests by outcome, refusals by reason, last event and lag. Camel discovers
 * it through the service file the build generates from {@link DevConsole}; it shows in Camel Main's HTTP console
 * ({@code /q/dev/stripe}) and {@code camel get stripe}-style CLI views where they run.
 */
@DevConsole(name = "stripe", displayName = "Stripe", description = StripeDevConsole.DESCRIPTION)
public class StripeDevConsole extends AbstractDevConsole {

    static final String DESCRIPTION = "Stripe connections (throttle, 429s), triggers and webhooks";

    public StripeDevConsole() {
        super("camel", "stripe", "Stripe", DESCRIPTION);
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (StripeObservability observability : components(getCamelContext())) {
            for (ConnectionStats connection : observability.connections()) {
                text.append("Connection: ").append(line(Figures.of(connection), "connection")).append('\n');
            }
            for (TriggerStats trigger : observability.triggers()) {
                Map<String, Object> figures = Figures.of(trigger);
                figures.remove("walk"); // progress says it in words
                text.append("Trigger: ").append(line(figures, "route")).append('\n');
            }
            for (WebhookStats webhook : observability.webhooks()) {
                text.append("Webhook: ").append(line(Figures.of(webhook), "route")).append('\n');
            }
        }
        return text.toString();
    }

    /** {@code NAME key=value key=value}, leaving out what is unknown. */
    private static String line(Map<String, Object> figures, String nameKey) {
        StringBuilder line = new StringBuilder(String.valueOf(figures.get(nameKey)));
        figures.forEach((key, value) -> {
            if (!key.equals(nameKey) && value != null) {
                line.append("\n    ").append(key).append(": ").append(value);
            }
        });
        return line.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonArray connections = new JsonArray();
        JsonArray triggers = new JsonArray();
        JsonArray webhooks = new JsonArray();
        for (StripeObservability observability : components(getCamelContext())) {
            observability.connections().forEach(c -> connections.add(json(Figures.of(c))));
            observability.triggers().forEach(t -> triggers.add(json(Figures.of(t))));
            observability.webhooks().forEach(w -> webhooks.add(json(Figures.of(w))));
        }
        JsonObject root = new JsonObject();
        root.put("connections", connections);
        root.put("triggers", triggers);
        root.put("webhooks", webhooks);
        return root;
    }

    @SuppressWarnings("unchecked")
    private static JsonObject json(Map<String, Object> figures) {
        JsonObject json = new JsonObject();
        figures.forEach((key, value) -> json.put(key, value instanceof Map<?, ?> nested
                ? json((Map<String, Object>) nested) : value));
        return json;
    }

    /** Every stripe component of the context (several when added under other names); none is created here. */
    private static List<StripeObservability> components(CamelContext context) {
        List<StripeObservability> found = new ArrayList<>();
        for (String name : context.getComponentNames()) {
            if (context.hasComponent(name) instanceof StripeComponent stripe) {
                found.add(stripe.getObservability());
            }
        }
        return found;
    }
}
