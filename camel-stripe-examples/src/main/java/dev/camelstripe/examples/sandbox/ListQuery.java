package dev.camelstripe.examples.sandbox;

import java.util.Map;

/**
 * One page request against a {@link ResourceStore}: page size, at most one cursor, bounds on the creation time
 * (inclusive or exclusive, null when open) and exact-match filters on top-level fields ({@code customer=cus_…}).
 */
public record ListQuery(int limit, String startingAfter, String endingBefore,
        Long createdGt, Long createdGte, Long createdLt, Long createdLte, Map<String, String> equalTo) {

    public static final int DEFAULT_LIMIT = 10;

    public static ListQuery firstPage(int limit) {
        return new ListQuery(limit, null, null, null, null, null, null, Map.of());
    }

    public ListQuery startingAfter(String id) {
        return new ListQuery(limit, id, null, createdGt, createdGte, createdLt, createdLte, equalTo);
    }

    public ListQuery endingBefore(String id) {
        return new ListQuery(limit, null, id, createdGt, createdGte, createdLt, createdLte, equalTo);
    }

    boolean acceptsTime(long t) {
        return (createdGt == null || t > createdGt) && (createdGte == null || t >= createdGte)
                && (createdLt == null || t < createdLt) && (createdLte == null || t <= createdLte);
    }
}
