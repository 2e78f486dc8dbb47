package dev.camelstripe.examples.sandbox;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v1/<resource>} for any store: reads {@code limit}, the cursors, {@code created} (exact or a
 * {@code gt|gte|lt|lte} range) and the resource's exact-match filters, and renders Stripe's list object.
 */
public final class ListEndpoint implements ApiHandler {

    private static final List<String> RANGE = List.of("gt", "gte", "lt", "lte");

    private final ResourceStore store;
    private final String url;
    private final List<String> equalityFilters;
    private final Set<String> allowed = new HashSet<>(
            Set.of("limit", "starting_after", "ending_before", "created", "expand"));

    public ListEndpoint(ResourceStore store, String url, List<String> equalityFilters) {
        this.store = store;
        this.url = url;
        this.equalityFilters = equalityFilters;
        allowed.addAll(equalityFilters);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        ListPage page = store.list(query(request.params().allowOnly(allowed)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("object", "list");
        body.put("data", page.data());
        body.put("has_more", page.hasMore());
        body.put("url", url);
        return ApiResponse.ok(body);
    }

    private ListQuery query(Params params) {
        Long limit = params.integer("limit");
        if (limit != null && (limit < 1 || limit > 100)) {
            throw StripeError.invalid("parameter_invalid_integer", "limit",
                    "Invalid limit: must be between 1 and 100");
        }
        String startingAfter = params.string("starting_after");
        String endingBefore = params.string("ending_before");
        if (startingAfter != null && endingBefore != null) {
            throw StripeError.invalid("parameters_exclusive", "ending_before",
                    "You may only specify one of these parameters: ending_before, starting_after.");
        }
        Map<String, Long> created = created(params);
        Map<String, String> equalTo = new LinkedHashMap<>();
        equalityFilters.forEach(name -> {
            String value = params.string(name);
            if (value != null) {
                equalTo.put(name, value);
            }
        });
        return new ListQuery(limit == null ? ListQuery.DEFAULT_LIMIT : limit.intValue(), startingAfter,
                endingBefore, created.get("gt"), created.get("gte"), created.get("lt"), created.get("lte"),
                equalTo);
    }

    /** {@code created=T} is the range [T, T]; {@code created[op]=T} sets one bound. */
    private static Map<String, Long> created(Params params) {
        Map<String, Long> bounds = new LinkedHashMap<>();
        Object value = params.asMap().get("created");
        if (value instanceof String) {
            Long exact = params.integer("created");
            if (exact != null) {
                bounds.put("gte", exact);
                bounds.put("lte", exact);
            }
        } else if (value != null) {
            Map<String, Object> range = params.hash("created", RANGE);
            for (String op : RANGE) {
                Object bound = range.get(op);
                if (bound != null) {
                    bounds.put(op, new Params(Map.of("created[" + op + "]", bound)).integer("created[" + op + "]"));
                }
            }
        }
        return bounds;
    }
}
