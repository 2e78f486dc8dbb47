package dev.camelstripe.examples.sandbox;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /v1/webhook_endpoints}: create (the only answer that shows the {@code secret}), retrieve, update, delete,
 * list (stripe-node's {@code WebhookEndpointResource}). {@code enabled_events} is {@code *} or event type names.
 */
public final class WebhookEndpointsApi {

    static final Set<String> UPDATE = Set.of("url", "enabled_events", "description", "metadata", "disabled",
            "expand");
    static final Set<String> CREATE = Fields.union(UPDATE, Set.of("api_version", "connect"));

    private final Webhooks webhooks;

    public WebhookEndpointsApi(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/webhook_endpoints", webhooks.endpoints()).create(this::create).retrieve()
                .update(this::update).delete(this::delete).list();
    }

    private ApiResponse create(ApiRequest request) {
        Params params = request.params().allowOnly(CREATE);
        if (!params.has("url")) {
            throw StripeError.missingParameter("url");
        }
        if (!params.has("enabled_events")) {
            throw StripeError.missingParameter("enabled_events");
        }
        Map<String, Object> fields = changes(params, Map.of());
        Fields.copyStrings(params, fields, "api_version");
        return ApiResponse.ok(webhooks.register(fields));
    }

    private ApiResponse update(ApiRequest request) {
        Params params = request.params().allowOnly(UPDATE);
        return webhooks.endpoints().atomically(() -> {
            Map<String, Object> fields = changes(params, webhooks.endpoints().live(request.id(), "id"));
            return ApiResponse.ok(webhooks.endpoints().update(request.id(), e -> e.putAll(fields)));
        });
    }

    private ApiResponse delete(ApiRequest request) {
        request.params().allowOnly(Set.of());
        Map<String, Object> stub = webhooks.endpoints().delete(request.id());
        webhooks.deleted(request.id());
        return ApiResponse.ok(stub);
    }

    private static Map<String, Object> changes(Params params, Map<String, Object> current) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (params.has("url")) {
            String url = params.nonEmptyString("url");
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
                throw StripeError.invalid("url_invalid", "url", "Invalid URL: " + url);
            }
            fields.put("url", url);
        }
        if (params.has("enabled_events")) {
            List<String> types = params.stringList("enabled_events", 500);
            for (int i = 0; i < types.size(); i++) {
                if (!"*".equals(types.get(i)) && !types.get(i).matches("[a-z_]+(\\.[a-z_]+)+")) {
                    throw StripeError.invalid("parameter_invalid_string", "enabled_events[" + i + "]",
                            "Invalid enabled_events[" + i + "]: " + types.get(i) + " is not an event type.");
                }
            }
            if (types.isEmpty()) {
                throw StripeError.missingParameter("enabled_events");
            }
            fields.put("enabled_events", types);
        }
        if (params.has("disabled")) {
            fields.put("status", params.flag("disabled") ? "disabled" : "enabled");
        }
        Fields.copyStrings(params, fields, "description");
        Fields.metadata(params, fields, current);
        return fields;
    }
}
