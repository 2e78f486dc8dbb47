package dev.camelstripe.test;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One page of a newest-first Stripe list, cut as Stripe cuts it: {@code limit} (default 10), one cursor
 * ({@code starting_after} walks to older objects, {@code ending_before} to newer ones, the page then being the
 * {@code limit} objects nearest the cursor), {@code created[gt|gte|lt|lte]}, equality filters on top-level fields
 * ({@code customer=cus_1}) and {@code has_more}. The cursor is found in the whole list, before the filters, as Stripe
 * resolves it by id.
 */
record ListPage(List<ObjectNode> data, boolean hasMore) {

    /** The page {@code query} asks for, or null when its cursor is not in the list (Stripe's resource_missing). */
    static ListPage cut(List<ObjectNode> newestFirst, Map<String, String> query) {
        int limit = Integer.parseInt(query.getOrDefault("limit", "10"));
        String param = cursorParam(query);
        List<ObjectNode> side = newestFirst;
        if (param != null) {
            int at = indexOf(newestFirst, query.get(param));
            if (at < 0) {
                return null;
            }
            side = param.equals("starting_after") ? newestFirst.subList(at + 1, newestFirst.size())
                    : newestFirst.subList(0, at);
        }
        Long gt = bound(query, "gt");
        Long gte = bound(query, "gte");
        Long lt = bound(query, "lt");
        Long lte = bound(query, "lte");
        Map<String, String> filters = new java.util.LinkedHashMap<>(query);
        filters.keySet().removeIf(name -> name.equals("limit") || name.equals("starting_after")
                                          || name.equals("ending_before") || name.startsWith("created")
                                          || name.startsWith("expand"));
        List<ObjectNode> matching = side.stream()
                .filter(o -> (gt == null || created(o) > gt) && (gte == null || created(o) >= gte)
                             && (lt == null || created(o) < lt) && (lte == null || created(o) <= lte))
                .filter(o -> filters.entrySet().stream().allMatch(f -> f.getValue().equals(idOrText(o.get(f.getKey())))))
                .toList();
        List<ObjectNode> page = "ending_before".equals(param)
                ? matching.subList(Math.max(0, matching.size() - limit), matching.size())
                : matching.subList(0, Math.min(limit, matching.size()));
        return new ListPage(page, matching.size() > page.size());
    }

    /** A field's value as a filter compares it: an expanded object by its id. */
    private static String idOrText(com.fasterxml.jackson.databind.JsonNode field) {
        return field == null || field.isNull() ? null : field.isObject() ? field.path("id").asText() : field.asText();
    }

    private static Long bound(Map<String, String> query, String op) {
        String value = query.get("created[" + op + "]");
        return value == null ? null : Long.parseLong(value);
    }

    /** {@code starting_after} or {@code ending_before}, whichever the query holds, or null. */
    static String cursorParam(Map<String, String> query) {
        return query.containsKey("starting_after") ? "starting_after"
                : query.containsKey("ending_before") ? "ending_before" : null;
    }

    List<String> ids() {
        return data.stream().map(o -> o.get("id").asText()).toList();
    }

    static int indexOf(List<ObjectNode> objects, String id) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Invoice items carry their time as {@code date}, every other listed object as {@code created}. */
    static long created(ObjectNode object) {
        return object.has("created") ? object.get("created").asLong() : object.get("date").asLong();
    }
}
