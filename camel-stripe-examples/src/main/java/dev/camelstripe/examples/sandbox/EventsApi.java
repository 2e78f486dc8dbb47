package dev.camelstripe.examples.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code GET /v1/events} and {@code GET /v1/events/{id}} (stripe-node's {@code EventResource}): newest first, the last
 * 30 days only. {@code type} is one event name or a group with {@code *} as a wildcard ({@code customer.*});
 * {@code types[]} lists up to 20 exact names, and not together with {@code type}, as Stripe documents both;
 * {@code delivery_success} tells events every webhook endpoint acknowledged from the others.
 */
public final class EventsApi {

    static final int MAX_TYPES = 20;

    private final ResourceStore events;

    public EventsApi(ResourceStore events) {
        this.events = events;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/events", events).retrieve().list(byType(), deliverySuccess());
    }

    /** {@code customer.*} matches every type that starts with {@code customer.}. */
    static Predicate<String> typePattern(String type) {
        StringBuilder regex = new StringBuilder();
        for (String part : type.split("\\*", -1)) {
            regex.append(regex.isEmpty() ? "" : ".*").append(Pattern.quote(part));
        }
        Pattern pattern = Pattern.compile(regex.toString());
        return t -> pattern.matcher(t).matches();
    }

    private static ListEndpoint.Filter byType() {
        return ListEndpoint.Filter.of(Set.of("type", "types"), (request, params) -> {
            if (params.has("type") && params.has("types")) {
                throw StripeError.invalid("parameters_exclusive", "types",
                        "You may only specify one of these parameters: type, types.");
            }
            if (params.has("types")) {
                List<String> types = params.stringList("types", MAX_TYPES);
                return o -> types.contains(o.get("type"));
            }
            String type = params.string("type");
            if (type == null) {
                return null;
            }
            Predicate<String> matches = typePattern(type);
            return o -> matches.test((String) o.get("type"));
        });
    }

    private static ListEndpoint.Filter deliverySuccess() {
        return ListEndpoint.Filter.of(Set.of("delivery_success"), (request, params) -> {
            Boolean delivered = params.bool("delivery_success");
            return delivered == null ? null
                    : o -> delivered == (Payments.longOf(o, "pending_webhooks") == 0);
        });
    }
}
