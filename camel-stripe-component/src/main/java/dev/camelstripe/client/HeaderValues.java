package dev.camelstripe.client;

/**
 * Refuses a value that cannot travel unchanged in an HTTP header. HttpClient would not fail on one: it replaces a
 * CR or LF by a space and encodes a non-ASCII character as {@code ?}, and a server trims leading and trailing
 * blanks, so Stripe would act on an account, a version or an idempotency key other than the one configured.
 */
public final class HeaderValues {

    private HeaderValues() {
    }

    /**
     * @param  name                     the option or header the value came from, named in the error
     * @param  maxLength                the longest value Stripe takes, or 0 for no limit
     * @param  secret                   whether the value must not appear in the message (the API key)
     * @throws StripeParameterException when the value is empty, too long, starts or ends with a blank, or holds a
     *                                  control character (CR, LF, TAB …) or a character outside printable ASCII
     */
    public static String requireSafe(String name, String value, int maxLength, boolean secret) {
        if (value.isEmpty()) {
            throw new StripeParameterException(name, name + " must not be empty");
        }
        if (maxLength > 0 && value.length() > maxLength) {
            throw new StripeParameterException(name, name + " must be 1 to " + maxLength + " characters, was "
                                                     + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new StripeParameterException(name, String.format(
                        "%s must be printable ASCII, but holds %s at position %d%s: HTTP cannot send it unchanged",
                        name, describe(c), i, secret ? "" : " of '" + escape(value) + "'"));
            }
        }
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            throw new StripeParameterException(name, name + " must not start or end with a space"
                                                     + (secret ? "" : ", was '" + value + "'"));
        }
        return value;
    }

    private static String describe(char c) {
        return switch (c) {
            case '\r' -> "a carriage return (CR)";
            case '\n' -> "a line feed (LF)";
            case '\t' -> "a tab";
            default -> c < 0x20 || c == 0x7F ? String.format("the control character U+%04X", (int) c)
                    : String.format("the non-ASCII character U+%04X", (int) c);
        };
    }

    /** The value with every character outside printable ASCII written as \\uXXXX, so the message stays one line. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c >= 0x20 && c <= 0x7E ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
