package dev.camelstripe.consumer;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.camelstripe.StripeEndpoint;
import org.apache.camel.util.URISupport;

/**
 * A trigger endpoint's own options, checked once when its consumer initialises. Every error names the endpoint (its
 * URI, secrets masked) and the option, and says what was expected.
 *
 * @param listParameters           extra list parameters, checked: {@code expand} as a list of {@code data.} paths
 * @param deliveryFailureThreshold failed deliveries in a row of one object that turn the health check DOWN
 */
record TriggerOptions(int pageSize, StartFrom startFrom, Duration settleTime, int maxMessagesPerPoll,
                      Map<String, Object> listParameters, int deliveryFailureThreshold) {

    /** The list parameters the trigger sets itself, whatever the route says. */
    static final List<String> CONTROLLED_PARAMETERS = List.of("limit", "starting_after", "ending_before", "created");
    /** An instant later than this after the host's now is a mistake (epoch milliseconds, a wrong year). */
    static final Duration FAR_FUTURE = Duration.ofDays(1);
    /** Epoch seconds from here on are after the year 5138: such a startFrom is epoch milliseconds. */
    private static final long MILLIS_FROM = 100_000_000_000L;
    private static final Set<String> NOW = Set.of("", "now");

    /**
     * Where a trigger starts without a stored position.
     *
     * @param second the start second for an instant; null for now and beginning
     */
    record StartFrom(boolean now, Long second) {

        static final StartFrom BEGINNING = new StartFrom(false, null);

        PollState initialPosition(Clock hostClock) {
            return now ? PollState.startingNow(hostClock.millis()) : PollState.startingAt(second);
        }
    }

    /** The endpoint's trigger options, or an IllegalArgumentException naming the endpoint and the option. */
    static TriggerOptions of(StripeEndpoint endpoint, Clock hostClock) {
        String where = URISupport.sanitizeUri(endpoint.getEndpointUri());
        int pageSize = endpoint.getPageSize();
        require(pageSize >= 1 && pageSize <= 100, where, "pageSize must be 1 to 100 (Stripe's limit), was " + pageSize);
        require(endpoint.getMaxMessagesPerPoll() >= 0, where,
                "maxMessagesPerPoll must be 0 (no cap) or more, was " + endpoint.getMaxMessagesPerPoll());
        require(endpoint.getSettleTime() >= 0, where,
                "settleTime must be 0 or more milliseconds, was " + endpoint.getSettleTime());
        require(endpoint.getDeliveryFailureThreshold() >= 1, where,
                "deliveryFailureThreshold must be 1 or more, was " + endpoint.getDeliveryFailureThreshold());
        return new TriggerOptions(pageSize, startFrom(endpoint.getStartFrom(), hostClock.instant(), where),
                Duration.ofMillis(endpoint.getSettleTime()), endpoint.getMaxMessagesPerPoll(),
                listParameters(endpoint.getListParameters(), where), endpoint.getDeliveryFailureThreshold());
    }

    ListWalker.Settings walkSettings() {
        return new ListWalker.Settings(pageSize, settleTime, maxMessagesPerPoll);
    }

    static StartFrom startFrom(String startFrom, Instant hostNow, String where) {
        String value = startFrom == null ? "now" : startFrom.trim();
        if (NOW.contains(value.toLowerCase(Locale.ROOT))) {
            return new StartFrom(true, null);
        }
        if (value.equalsIgnoreCase("beginning")) {
            return StartFrom.BEGINNING;
        }
        long second;
        boolean epochSeconds = value.chars().allMatch(Character::isDigit);
        if (epochSeconds) {
            second = value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value);
            require(second < MILLIS_FROM, where, "startFrom " + value + " looks like epoch milliseconds (as seconds it is"
                                                 + " the year " + year(second) + "): give epoch seconds"
                                                 + millisAsSeconds(second) + ", an ISO-8601 instant such as"
                                                 + " 2024-05-01T00:00:00Z, now or beginning");
        } else {
            try {
                second = Instant.parse(value).getEpochSecond();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + ": startFrom must be now, beginning, an ISO-8601 instant"
                                                   + " such as 2024-05-01T00:00:00Z, or epoch seconds; was "
                                                   + startFrom, e);
            }
        }
        require(second <= hostNow.plus(FAR_FUTURE).getEpochSecond(), where,
                "startFrom " + value + (epochSeconds ? " (" + Instant.ofEpochSecond(second) + ")" : "")
                + " is in the future (this host's clock says " + hostNow.truncatedTo(ChronoUnit.SECONDS)
                + "): the trigger would"
                + " deliver nothing until then. Expected now, beginning, or a past instant: ISO-8601 such as"
                + " 2024-05-01T00:00:00Z, or epoch seconds");
        return new StartFrom(false, second);
    }

    /**
     * The route's list parameters, checked: none of those the trigger sets itself, {@code expand} as a list of paths
     * that start with {@code data.} (Stripe's rule for expansions on a list).
     */
    static Map<String, Object> listParameters(Map<String, Object> parameters, String where) {
        if (parameters == null || parameters.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            String name = parameter.getKey().trim();
            int bracket = name.indexOf('[');
            String base = bracket < 0 ? name : name.substring(0, bracket);
            require(!CONTROLLED_PARAMETERS.contains(base), where, "list." + name + " is a list parameter the trigger"
                    + " sets itself (" + String.join(", ", CONTROLLED_PARAMETERS) + "; choose them with pageSize and"
                    + " startFrom): remove it");
            Object value = parameter.getValue();
            require(value != null && !value.toString().isBlank(), where, "list." + name + " has no value");
            if (base.equals("expand")) {
                checked.put("expand", expansions(value, where));
            } else {
                checked.put(name, value);
            }
        }
        return Collections.unmodifiableMap(checked);
    }

    private static List<String> expansions(Object value, String where) {
        Collection<?> given = value instanceof Collection<?> many ? many : Arrays.asList(value.toString().split(","));
        List<String> paths = new ArrayList<>();
        for (Object one : given) {
            String path = String.valueOf(one).trim();
            require(path.startsWith("data.") && path.length() > "data.".length(), where, "list.expand=" + path
                    + ": an expansion on a list starts with data., as in data.customer (Stripe's rule for list"
                    + " calls)");
            paths.add(path);
        }
        return List.copyOf(paths);
    }

    private static String year(long second) {
        try {
            return Integer.toString(Instant.ofEpochSecond(second).atZone(ZoneOffset.UTC).getYear());
        } catch (DateTimeException beyondInstant) {
            return "beyond 1000000000";
        }
    }

    private static String millisAsSeconds(long millis) {
        return millis == Long.MAX_VALUE ? "" : ", here " + millis / 1000 + " (" + Instant.ofEpochSecond(millis / 1000)
                                               + ")";
    }

    private static void require(boolean valid, String where, String message) {
        if (!valid) {
            throw new IllegalArgumentException(where + ": " + message);
        }
    }
}
