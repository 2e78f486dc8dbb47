package dev.camelstripe.webhook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code types} option of {@code stripe:webhook} and {@code stripe:events}: event types, exact
 * ({@code charge.succeeded}) or with {@code *} standing for any run of characters ({@code customer.*},
 * {@code *.created}), as Stripe's own {@code type} filter takes them. Empty means every event.
 */
public final class EventTypes {

    /** Stripe's list filter takes at most this many types. */
    public static final int STRIPE_LIMIT = 20;
    private static final Pattern VALID = Pattern.compile("[a-z0-9_.*\\-]+");
    private static final EventTypes ALL = new EventTypes(List.of());

    private final List<String> patterns;
    private final List<Pattern> compiled;

    private EventTypes(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        List<Pattern> regexes = new ArrayList<>(patterns.size());
        for (String pattern : patterns) {
            StringBuilder regex = new StringBuilder();
            for (String literal : pattern.split("\\*", -1)) {
                regex.append(regex.isEmpty() ? "" : ".*").append(Pattern.quote(literal));
            }
            regexes.add(Pattern.compile(regex.toString()));
        }
        this.compiled = List.copyOf(regexes);
    }

    /**
     * Parses a comma separated list; null or blank is every event.
     *
     * @param where the endpoint (secrets masked), for the message that refuses a bad type
     */
    public static EventTypes parse(String types, String where) {
        if (types == null || types.isBlank()) {
            return ALL;
        }
        List<String> patterns = new ArrayList<>();
        for (String type : Arrays.asList(types.split(","))) {
            String pattern = type.trim();
            if (!VALID.matcher(pattern).matches()) {
                throw new IllegalArgumentException(where + ": types must be event types such as customer.created or"
                                                   + " customer.* (lower case letters, digits, '_', '-', '.' and"
                                                   + " '*'), comma separated; '" + pattern + "' is not one");
            }
            if (!patterns.contains(pattern)) {
                patterns.add(pattern);
            }
        }
        return new EventTypes(patterns);
    }

    /** Whether an event of this type is wanted. */
    public boolean matches(String type) {
        if (compiled.isEmpty()) {
            return true;
        }
        if (type == null) {
            return false;
        }
        for (Pattern pattern : compiled) {
            if (pattern.matcher(type).matches()) {
                return true;
            }
        }
        return false;
    }

    public boolean isAll() {
        return patterns.isEmpty();
    }

    /** Whether some pattern has a wildcard. */
    public boolean hasWildcard() {
        return patterns.stream().anyMatch(pattern -> pattern.contains("*"));
    }

    /** The patterns, in the order given, without repeats. */
    public List<String> patterns() {
        return patterns;
    }

    @Override
    public String toString() {
        return isAll() ? "*" : String.join(",", patterns);
    }
}
