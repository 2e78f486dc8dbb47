package dev.camelstripe.examples.sandbox;

import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One page request against a {@link ResourceStore}: page size, at most one cursor, bounds on the creation time
 * (inclusive or exclusive, null when open), exact-match filters on top-level fields ({@code customer=cus_…}, compared
 * as text so that {@code active=true} matches a boolean) and any other condition on the object ({@code where}).
 */
public record ListQuery(int limit, String startingAfter, String endingBefore,
        Long createdGt, Long createdGte, Long createdLt, Long createdLte, Map<String, String> equalTo,
        Predicate<Map<String, Object>> where) {

    public static final int DEFAULT_LIMIT = 10;

    public static ListQuery firstPage(int limit) {
        return new ListQuery(limit, null, null, null, null, null, null, Map.of(), o -> true);
    }

    public ListQuery startingAfter(String id) {
        return new ListQuery(limit, id, null, createdGt, createdGte, createdLt, createdLte, equalTo, where);
    }

    public ListQuery endingBefore(String id) {
        return new ListQuery(limit, null, id, createdGt, createdGte, createdLt, createdLte, equalTo, where);
    }

    public ListQuery where(Predicate<Map<String, Object>> condition) {
        return new ListQuery(limit, startingAfter, endingBefore, createdGt, createdGte, createdLt, createdLte, equalTo,
                where.and(condition));
    }

    boolean acceptsTime(long t) {
        return (createdGt == null || t > createdGt) && (createdGte == null || t >= createdGte)
                && (createdLt == null || t < createdLt) && (createdLte == null || t <= createdLte);
    }

    boolean accepts(Map<String, Object> object) {
        return equalTo.entrySet().stream().allMatch(f -> f.getValue().equals(textOf(object.get(f.getKey()))))
                && where.test(object);
    }

    private static String textOf(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
