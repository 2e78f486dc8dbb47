package dev.camelstripe.producer;

import java.util.regex.Pattern;

import dev.camelstripe.client.StripeParameterException;

/**
 * The path of a {@code stripe:request} call, checked before anything is sent: it must stay under the configured
 * {@code apiBase}, in Stripe's {@code /v1/} or {@code /v2/} API, and address exactly what it reads as. So only
 * letters, digits, {@code _ - .} and {@code /} are allowed, with {@code {id}} as a whole segment for the object id
 * (which is percent-encoded into its one segment): no {@code ..}, no scheme or host, no {@code ?} or {@code #} (query
 * parameters come from the body), no percent-encoded character that could turn into any of them.
 */
final class RequestPath {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]+|\\{id}");

    private RequestPath() {
    }

    /**
     * The path, when it is safe to send.
     *
     * @param param where it came from, for the exception: the {@code path} option or the {@code CamelStripePath}
     *              header
     * @throws StripeParameterException naming {@code param} and what is wrong
     */
    static String checked(String path, String param) {
        String problem = problem(path);
        if (problem != null) {
            throw new StripeParameterException(param, "stripe:request needs " + param + " as a path under /v1/ or"
                                                      + " /v2/ of letters, digits, _ - . and / with {id} for the"
                                                      + " object id, but " + describe(path) + " " + problem);
        }
        return path;
    }

    private static String problem(String path) {
        if (path == null || path.isBlank()) {
            return "is empty";
        }
        if (path.contains("..")) {
            return "carries '..'";
        }
        if (path.contains("://") || path.startsWith("//") || path.contains("@") || path.contains("\\")) {
            return "carries a scheme or host";
        }
        if (path.contains("?") || path.contains("#")) {
            return "carries '?' or '#': query parameters come from the body";
        }
        if (path.contains("%")) {
            return "carries a percent-encoded character";
        }
        if (!path.startsWith("/v1/") && !path.startsWith("/v2/")) {
            return "does not start with /v1/ or /v2/";
        }
        String[] segments = path.substring(4).split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty()) {
                return "has an empty segment ('//' or a trailing '/')";
            }
            if (segment.equals(".") || !SEGMENT.matcher(segment).matches()) {
                return "has the segment " + describe(segment) + ", which is neither {id} nor letters, digits, _ - .";
            }
        }
        return null;
    }

    /** The value quoted, with control and non-ASCII characters escaped so that none reaches a log as is. */
    private static String describe(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("'");
        value.chars().forEach(c -> {
            if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('\'').toString();
    }
}
