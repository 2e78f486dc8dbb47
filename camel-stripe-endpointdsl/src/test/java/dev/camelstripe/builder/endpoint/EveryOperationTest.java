package dev.camelstripe.builder.endpoint;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.StripeOperation;
import dev.camelstripe.builder.endpoint.dsl.StripeEndpointBuilderFactory.StripeEndpointBuilder;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.camelstripe.builder.endpoint.StaticEndpointBuilders.stripe;
import static org.assertj.core.api.Assertions.assertThat;

/** Every operation's endpoint built through the DSL is the endpoint its URI names, with the options set. */
class EveryOperationTest {

    @ParameterizedTest
    @EnumSource(StripeOperation.class)
    void theDslBuildsEachOperationsEndpoint(StripeOperation operation) throws Exception {
        StripeEndpointBuilder builder = stripe(operation.name()).apiKey("sk_test_dsl").apiVersion("2024-06-20")
                .rateLimit(50).advanced().maxRetries(1).connectTimeout("5s").basic();
        if (operation.isTrigger()) {
            builder.delay(60000).startFrom("beginning").pageSize(10);
        }
        Map<String, String> query = new TreeMap<>(Map.of("apiKey", "sk_test_dsl", "apiVersion", "2024-06-20",
                "rateLimit", "50", "maxRetries", "1", "connectTimeout", "5s"));
        if (operation.isTrigger()) {
            query.putAll(Map.of("delay", "60000", "startFrom", "beginning", "pageSize", "10"));
        }
        String expected = "stripe://" + operation.name() + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        try (CamelContext context = new DefaultCamelContext()) {
            assertThat(builder.getRawUri()).isEqualTo(expected);

            StripeEndpoint endpoint = (StripeEndpoint) builder.resolve(context);
            assertThat(endpoint.getOperation()).isEqualTo(operation);
            assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo("sk_test_dsl");
            assertThat(endpoint.getConfiguration().getApiVersion()).isEqualTo("2024-06-20");
            assertThat(endpoint.getConfiguration().getRateLimit()).isEqualTo(50);
            assertThat(endpoint.getConfiguration().getMaxRetries()).isEqualTo(1);
            assertThat(endpoint.getConfiguration().getConnectTimeout()).isEqualTo(5000);
            assertThat(endpoint.getDelay()).isEqualTo(operation.isTrigger() ? 60000 : 120000);
            assertThat(endpoint.getStartFrom()).isEqualTo(operation.isTrigger() ? "beginning" : "now");
            assertThat(endpoint.toString()).doesNotContain("sk_test_dsl");
        }
    }
}
