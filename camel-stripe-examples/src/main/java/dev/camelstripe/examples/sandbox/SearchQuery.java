package dev.camelstripe.examples.sandbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The subset of Stripe's search query language the sandbox understands (docs.stripe.com/search#search-query-language),
 * parsed into a condition on stored objects:
 * <ul>
 * <li>a clause is {@code field operator value}; the field is one of the resource's {@link SearchFields}, a dotted
 * path ({@code payment_method_details.card.last4}) or {@code metadata['key']};</li>
 * <li>operators: {@code :} (exact; case-insensitive on string fields), {@code ~} (substring, string fields, at least
 * 3 characters), {@code > < >= <=} (number and timestamp fields);</li>
 * <li>values: {@code 'single'} or {@code "double"} quoted (backslash escapes the quote), a bare number, {@code true},
 * {@code false}, or {@code null} (the field is unset);</li>
 * <li>{@code -} before a clause negates it; clauses are joined by spaces or {@code AND} (all must match) or by
 * {@code OR} (any), not both, as on Stripe; at most 10 clauses.</li>
 * </ul>
 * Anything else (parentheses, unsupported fields or operators, a mix of {@code AND} and {@code OR}) is a 400
 * {@code invalid_request_error} on the {@code query} parameter.
 */
final class SearchQuery {

    static final int MAX_CLAUSES = 10;

    private final String text;
    private final SearchFields fields;
    private int pos;

    private SearchQuery(String text, SearchFields fields) {
        this.text = text;
        this.fields = fields;
    }

    static Predicate<Map<String, Object>> parse(String text, SearchFields fields) {
        return new SearchQuery(text, fields).parse();
    }

    private Predicate<Map<String, Object>> parse() {
        List<Predicate<Map<String, Object>>> clauses = new ArrayList<>();
        String joiner = null;
        skipSpaces();
        clauses.add(clause());
        while (pos < text.length()) {
            if (!skipSpaces()) {
                throw invalid("unexpected '" + text.charAt(pos) + "' at position " + pos);
            }
            if (pos == text.length()) {
                break;
            }
            String next = keyword();
            if (next != null && (!skipSpaces() || pos == text.length())) {
                throw invalid(next + " must be followed by a clause");
            }
            String join = next == null ? "AND" : next;
            if (joiner != null && !joiner.equals(join)) {
                throw invalid("AND and OR cannot be combined in one query");
            }
            joiner = join;
            clauses.add(clause());
            if (clauses.size() > MAX_CLAUSES) {
                throw invalid("a query has at most " + MAX_CLAUSES + " clauses");
            }
        }
        return "OR".equals(joiner) ? o -> clauses.stream().anyMatch(c -> c.test(o))
                : o -> clauses.stream().allMatch(c -> c.test(o));
    }

    private Predicate<Map<String, Object>> clause() {
        boolean negated = consume('-');
        String field = field();
        String operator = operator();
        Value value = value();
        Predicate<Map<String, Object>> test = comparison(field, operator, value);
        return negated ? test.negate() : test;
    }

    private String field() {
        int start = pos;
        if (text.startsWith("metadata[", pos)) {
            if (!fields.hasMetadata()) {
                throw unsupported("metadata");
            }
            pos += "metadata[".length();
            String key = quoted();
            if (!consume(']')) {
                throw invalid("metadata['key'] needs a closing ]");
            }
            return "metadata." + key;
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos == start) {
            throw invalid("expected a field at position " + start);
        }
        String field = text.substring(start, pos);
        if (fields.typeOf(field) == null) {
            throw unsupported(field);
        }
        return field;
    }

    private String operator() {
        for (String op : new String[] {">=", "<=", ":", "~", ">", "<"}) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        throw invalid("expected one of : ~ > < >= <= at position " + pos);
    }

    /** A parsed value; {@code quoted} tells {@code 'null'} (the text) from {@code null} (unset). */
    private record Value(String text, boolean quoted) {
    }

    private Value value() {
        if (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"')) {
            return new Value(quoted(), true);
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != '('
                && text.charAt(pos) != ')') {
            pos++;
        }
        if (pos == start) {
            throw invalid("expected a value at position " + start);
        }
        return new Value(text.substring(start, pos), false);
    }

    private String quoted() {
        char quote = pos < text.length() ? text.charAt(pos) : 0;
        if (quote != '\'' && quote != '"') {
            throw invalid("expected a quoted string at position " + pos);
        }
        StringBuilder value = new StringBuilder();
        for (pos++; pos < text.length(); pos++) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                value.append(text.charAt(++pos));
            } else if (c == quote) {
                pos++;
                return value.toString();
            } else {
                value.append(c);
            }
        }
        throw invalid("a quoted value is not closed");
    }

    private Predicate<Map<String, Object>> comparison(String field, String operator, Value value) {
        SearchFields.Type type = field.startsWith("metadata.") ? SearchFields.Type.TOKEN : fields.typeOf(field);
        if (!value.quoted() && "null".equals(value.text())) {
            if (!":".equals(operator)) {
                throw invalid("null can only be compared with :");
            }
            return o -> valueAt(o, field) == null;
        }
        return switch (operator) {
            case ":" -> equality(field, type, value.text());
            case "~" -> {
                if (type != SearchFields.Type.STRING) {
                    throw invalid("~ (substring) is supported on string fields only, not on " + field);
                }
                if (value.text().length() < 3) {
                    throw invalid("~ needs at least 3 characters");
                }
                String part = value.text().toLowerCase(Locale.ROOT);
                yield o -> valueAt(o, field) instanceof String s && s.toLowerCase(Locale.ROOT).contains(part);
            }
            default -> ordering(field, type, operator, value.text());
        };
    }

    private Predicate<Map<String, Object>> equality(String field, SearchFields.Type type, String expected) {
        return switch (type) {
            case STRING -> o -> valueAt(o, field) instanceof String s && s.equalsIgnoreCase(expected);
            case NUMBER -> {
                BigDecimal number = number(field, expected);
                yield o -> valueAt(o, field) instanceof Number n && new BigDecimal(n.toString()).compareTo(number) == 0;
            }
            case BOOLEAN -> {
                if (!"true".equals(expected) && !"false".equals(expected)) {
                    throw invalid(field + " is a boolean field: compare it with true or false");
                }
                yield o -> Boolean.valueOf(expected).equals(valueAt(o, field));
            }
            case TOKEN -> o -> expected.equals(valueAt(o, field));
        };
    }

    private Predicate<Map<String, Object>> ordering(String field, SearchFields.Type type, String operator,
            String expected) {
        if (type != SearchFields.Type.NUMBER) {
            throw invalid(operator + " is supported on number and timestamp fields only, not on " + field);
        }
        BigDecimal bound = number(field, expected);
        return o -> {
            if (!(valueAt(o, field) instanceof Number n)) {
                return false;
            }
            int c = new BigDecimal(n.toString()).compareTo(bound);
            return switch (operator) {
                case ">" -> c > 0;
                case "<" -> c < 0;
                case ">=" -> c >= 0;
                default -> c <= 0;
            };
        };
    }

    private BigDecimal number(String field, String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw invalid(field + " is a number field, and '" + value + "' is not a number");
        }
    }

    @SuppressWarnings("unchecked")
    private static Object valueAt(Map<String, Object> object, String path) {
        Object current = object;
        for (String segment : path.startsWith("metadata.") ? new String[] {"metadata", path.substring(9)}
                : path.split("\\.")) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<String, Object>) current).get(segment);
        }
        return current;
    }

    /** AND / OR (any case) followed by a space, consumed; null when the next clause follows directly. */
    private String keyword() {
        for (String keyword : new String[] {"AND", "OR"}) {
            int end = pos + keyword.length();
            if (text.regionMatches(true, pos, keyword, 0, keyword.length())
                    && (end == text.length() || Character.isWhitespace(text.charAt(end)))) {
                pos = end;
                return keyword;
            }
        }
        return null;
    }

    /** Skips spaces; true when there were any. */
    private boolean skipSpaces() {
        int start = pos;
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private boolean consume(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private StripeError invalid(String reason) {
        return StripeError.invalid(null, "query", "Invalid search query \"" + text + "\": " + reason
                + ". The sandbox supports field:value, field~value, field>number, metadata['key']:value, - before a"
                + " clause, and AND or OR (see docs.stripe.com/search#search-query-language).");
    }

    private StripeError unsupported(String field) {
        return StripeError.invalid(null, "query", "Field `" + field + "` is an unsupported search field for resource `"
                + fields.resource() + "`. See https://stripe.com/docs/search#query-fields-for-"
                + fields.resource().replace('_', '-') + " for a list of supported fields.");
    }
}
