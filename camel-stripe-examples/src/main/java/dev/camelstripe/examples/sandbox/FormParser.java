package dev.camelstripe.examples.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses Stripe's bracket notation ({@code a[b][c]=v}, {@code list[0]=v}, {@code list[]=v}) from a form body or a query
 * string into nested insertion-ordered maps, lists and strings. An empty value stays the empty string: the resource
 * handlers read it as "unset". A name nested deeper than {@link SandboxLimits#MAX_PARAMETER_DEPTH} is a 400 before
 * anything is built from it, so no later step (normalising, copying, rendering) recurses without bound.
 */
public final class FormParser {

    private FormParser() {
    }

    public static Map<String, Object> parse(String encoded) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return root;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            List<String> path = path(key);
            if (path.size() > SandboxLimits.MAX_PARAMETER_DEPTH) {
                throw StripeError.nestedTooDeep(path.get(0), path.size());
            }
            put(root, path, value);
        }
        return normalize(root);
    }

    /** {@code a[b][]} becomes {@code ["a", "b", ""]}; an empty segment means "append". */
    static List<String> path(String key) {
        List<String> segments = new ArrayList<>();
        int open = key.indexOf('[');
        if (open < 0 || !key.endsWith("]")) {
            segments.add(key);
            return segments;
        }
        segments.add(key.substring(0, open));
        for (String part : key.substring(open + 1, key.length() - 1).split("\\]\\[", -1)) {
            segments.add(part);
        }
        return segments;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, List<String> path, String value) {
        Map<String, Object> node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            String segment = path.get(i);
            String next = path.get(i + 1);
            if (next.isEmpty()) { // a[]=v: append to a list
                Object existing = node.get(segment);
                List<Object> list = existing instanceof List ? (List<Object>) existing : new ArrayList<>();
                node.put(segment, list);
                list.add(value);
                return;
            }
            Object child = node.get(segment);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(segment, child);
            }
            node = (Map<String, Object>) child;
        }
        node.put(path.get(path.size() - 1), value);
    }

    /**
     * Turns maps keyed 0..n ({@code images[0]}, {@code images[1]}) into lists ordered by index. Metadata is left
     * alone because its keys are the caller's own and "0" is a legal metadata key.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> normalize(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, v instanceof Map && !"metadata".equals(k)
                ? listIfIndexed((Map<String, Object>) v) : v));
        return out;
    }

    private static Object listIfIndexed(Map<String, Object> map) {
        Map<String, Object> normalized = normalize(map);
        if (normalized.isEmpty() || !normalized.keySet().stream().allMatch(k -> k.matches("\\d{1,9}"))) {
            return normalized;
        }
        TreeMap<Integer, Object> byIndex = new TreeMap<>();
        normalized.forEach((k, v) -> byIndex.put(Integer.parseInt(k), v));
        return new ArrayList<>(byIndex.values());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
