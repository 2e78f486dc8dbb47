package dev.camelstripe.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The realistic, fully populated Stripe customer every benchmark answer is made of, and a fast way to stamp a
 * different id and creation time into it for the generated list pages.
 */
final class CustomerJson {

    private static final String SAMPLE_ID = "cus_NffrFeUfNV2Hib";
    private static final String SAMPLE_CREATED = "1680893993";

    /** The sample as Stripe returns it from POST /v1/customers. */
    static final String SAMPLE = load();

    private static final String BEFORE_ID;
    private static final String BETWEEN;
    private static final String AFTER_CREATED;

    static {
        int id = SAMPLE.indexOf(SAMPLE_ID);
        int created = SAMPLE.indexOf(SAMPLE_CREATED);
        if (id < 0 || created < id) {
            throw new IllegalStateException("customer.json no longer has the id before the created time");
        }
        BEFORE_ID = SAMPLE.substring(0, id);
        BETWEEN = SAMPLE.substring(id + SAMPLE_ID.length(), created);
        AFTER_CREATED = SAMPLE.substring(created + SAMPLE_CREATED.length());
    }

    private CustomerJson() {
    }

    static int approximateLength() {
        return SAMPLE.length();
    }

    static void append(StringBuilder out, String id, long created) {
        out.append(BEFORE_ID).append(id).append(BETWEEN).append(created).append(AFTER_CREATED);
    }

    private static String load() {
        try (InputStream in = CustomerJson.class.getResourceAsStream("/customer.json")) {
            if (in == null) {
                throw new IllegalStateException("customer.json is missing from the benchmark jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
