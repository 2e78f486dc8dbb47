package dev.camelstripe.examples.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Maps a method and a path to a handler. Patterns are literal segments plus one optional {@code {id}} segment, which
 * must be non-empty: like Stripe, {@code GET /v1/customers/} is an unrecognised URL, not a list. A literal pattern wins
 * over one with {@code {id}} whatever the order of registration: {@code /v1/customers/search} is the search, not the
 * customer {@code search}.
 */
public final class Router {

    private record Route(String method, String pattern, String[] segments, ApiHandler handler,
            BooleanSupplier enabled) {
    }

    /** A matched route with its {@code {id}} segment (null when the pattern has none) and its pattern. */
    public record Match(ApiHandler handler, String id, String pattern) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router on(String method, String pattern, ApiHandler handler) {
        return on(method, pattern, handler, () -> true);
    }

    /** A route that answers like an unknown URL while {@code enabled} is false (an API removed from the account). */
    public Router on(String method, String pattern, ApiHandler handler, BooleanSupplier enabled) {
        routes.add(new Route(method, pattern, pattern.split("/", -1), handler, enabled));
        return this;
    }

    public Match match(String method, String path) {
        String[] segments = path.split("/", -1);
        boolean pathKnown = false;
        for (boolean literal : new boolean[] {true, false}) {
            for (Route route : routes) {
                if (route.pattern().contains("{id}") == literal) {
                    continue;
                }
                String id = bind(route.segments(), segments);
                if (id == null || !route.enabled().getAsBoolean()) {
                    continue;
                }
                if (route.method().equals(method)) {
                    return new Match(route.handler(), id.isEmpty() ? null : id, route.pattern());
                }
                pathKnown = true;
            }
            if (pathKnown) {
                break; // the literal path exists with other methods: not a {id} of a collection
            }
        }
        throw pathKnown ? StripeError.methodNotAllowed(method, path) : StripeError.unrecognizedUrl(method, path);
    }

    /** The bound id ("" when the pattern has none), or null when the path does not match. */
    private static String bind(String[] pattern, String[] path) {
        if (pattern.length != path.length) {
            return null;
        }
        String id = "";
        for (int i = 0; i < pattern.length; i++) {
            if ("{id}".equals(pattern[i]) && !path[i].isEmpty()) {
                id = path[i];
            } else if (!pattern[i].equals(path[i])) {
                return null;
            }
        }
        return id;
    }
}
