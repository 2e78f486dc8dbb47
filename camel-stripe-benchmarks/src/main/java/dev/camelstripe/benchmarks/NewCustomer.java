package dev.camelstripe.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.stripe.param.CustomerCreateParams;
import dev.camelstripe.model.CustomerParams;

/** The one customer every producer contender creates, expressed in each client's own vocabulary. */
final class NewCustomer {

    static final String EMAIL = "jenny.rosen@example.com";
    static final String NAME = "Jenny Rosen";
    static final String DESCRIPTION = "Gold member since 2023";
    static final Map<String, String> METADATA = Map.of("crm_id", "6735");

    private NewCustomer() {
    }

    static Map<String, Object> asMap() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("email", EMAIL);
        params.put("name", NAME);
        params.put("description", DESCRIPTION);
        params.put("metadata", METADATA);
        return params;
    }

    static CustomerParams asCustomerParams() {
        return new CustomerParams().email(EMAIL).name(NAME).description(DESCRIPTION).metadata(METADATA);
    }

    static CustomerCreateParams asStripeJavaParams() {
        CustomerCreateParams.Builder builder = CustomerCreateParams.builder().setEmail(EMAIL).setName(NAME)
                .setDescription(DESCRIPTION);
        METADATA.forEach(builder::putMetadata);
        return builder.build();
    }

    /** The form body Stripe expects, nested keys in brackets, encoded by hand once: the raw client's floor. */
    static String asForm() {
        StringBuilder form = new StringBuilder();
        asMap().forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                nested.forEach((inner, innerValue) -> append(form, key + "[" + inner + "]", innerValue));
            } else {
                append(form, key, value);
            }
        });
        return form.toString();
    }

    private static void append(StringBuilder form, String key, Object value) {
        if (form.length() > 0) {
            form.append('&');
        }
        form.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
    }
}
