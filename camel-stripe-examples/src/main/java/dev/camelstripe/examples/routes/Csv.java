package dev.camelstripe.examples.routes;

/** RFC 4180 quoting for the report and ledger lines. */
public final class Csv {

    private Csv() {
    }

    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
