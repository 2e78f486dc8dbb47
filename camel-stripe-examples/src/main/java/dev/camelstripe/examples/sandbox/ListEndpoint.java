package dev.camelstripe.examples.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code GET /v1/<resource>} for any store: reads {@code limit}, the cursors, {@code created} (exact or a
 * {@code gt|gte|lt|lte} range) and the resource's own {@link Filter}s, and renders Stripe's list object.
 */
public final class ListEndpoint implements ApiHandler {

    /** A list parameter beyond paging and {@code created}: which parameters it reads and how it narrows the list. */
    public interface Filter {

        Set<String> params();

        /** The condition the request asks for; null when the request does not use this filter. */
        Predicate<Map<String, Object>> condition(ApiRequest request, Params params);

        /** A filter reading {@code params}, whose {@code condition} gives what {@link #condition} returns. */
        static Filter of(Set<String> params,
                BiFunction<ApiRequest, Params, Predicate<Map<String, Object>>> condition) {
            return new Filter() {
                @Override
                public Set<String> params() {
                    return params;
                }

                @Override
                public Predicate<Map<String, Object>> condition(ApiRequest request, Params given) {
                    return condition.apply(request, given);
                }
            };
        }

        /** {@code field=value}: exact match on a top-level field, compared as text ({@code active=true}). */
        static Filter equal(String field) {
            return Filter.of(Set.of(field), (request, params) -> {
                String value = params.string(field);
                return value == null ? null : o -> value.equals(Objects.toString(o.get(field), null));
            });
        }

        /** {@code ids[]=a&ids[]=b}: objects whose {@code field} is one of the given values (at most {@code max}). */
        static Filter anyOf(String param, String field, int max) {
            return Filter.of(Set.of(param), (request, params) -> {
                if (!params.has(param)) {
                    return null;
                }
                List<String> values = params.stringList(param, max);
                return o -> values.contains(o.get(field));
            });
        }

        /**
         * The objects of the path's {@code {id}}, which must name a live object of {@code parent} (else a 404 naming
         * {@code field}): {@code /v1/customers/{id}/payment_methods} lists that customer's.
         */
        static Filter pathId(String field, ResourceStore parent) {
            return Filter.of(Set.of(), (request, params) -> {
                parent.live(request.id(), field);
                return o -> request.id().equals(o.get(field));
            });
        }
    }

    private static final List<String> RANGE = List.of("gt", "gte", "lt", "lte");

    private final ResourceStore store;
    private final Function<ApiRequest, String> url;
    private final List<Filter> filters;
    private final Set<String> allowed = new HashSet<>(
            Set.of("limit", "starting_after", "ending_before", "created", "expand"));

    /** A list with exact-match filters on the given top-level fields. */
    public ListEndpoint(ResourceStore store, String url, List<String> equalityFilters) {
        this(store, request -> url, equalityFilters.stream().map(Filter::equal).toList());
    }

    public ListEndpoint(ResourceStore store, Function<ApiRequest, String> url, List<Filter> filters) {
        this.store = store;
        this.url = url;
        this.filters = filters;
        filters.forEach(f -> allowed.addAll(f.params()));
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        ListPage page = store.list(query(request, request.params().allowOnly(allowed)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("object", "list");
        body.put("data", page.data());
        body.put("has_more", page.hasMore());
        body.put("url", url.apply(request));
        return ApiResponse.ok(body);
    }

    /** {@code limit} as Stripe reads it on lists and searches: 1 to 100, 10 when absent. */
    static int limit(Params params) {
        Long limit = params.integer("limit");
        if (limit != null && (limit < 1 || limit > 100)) {
            throw StripeError.invalid("parameter_invalid_integer", "limit",
                    "Invalid limit: must be between 1 and 100");
        }
        return limit == null ? ListQuery.DEFAULT_LIMIT : limit.intValue();
    }

    private ListQuery query(ApiRequest request, Params params) {
        String startingAfter = params.string("starting_after");
        String endingBefore = params.string("ending_before");
        if (startingAfter != null && endingBefore != null) {
            throw StripeError.invalid("parameters_exclusive", "ending_before",
                    "You may only specify one of these parameters: ending_before, starting_after.");
        }
        Map<String, Long> created = created(params);
        List<Predicate<Map<String, Object>>> conditions = new ArrayList<>();
        filters.forEach(filter -> {
            Predicate<Map<String, Object>> condition = filter.condition(request, params);
            if (condition != null) {
                conditions.add(condition);
            }
        });
        return new ListQuery(limit(params), startingAfter, endingBefore, created.get("gt"), created.get("gte"),
                created.get("lt"), created.get("lte"), Map.of(), o -> conditions.stream().allMatch(c -> c.test(o)));
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
