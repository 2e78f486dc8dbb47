package dev.camelstripe.producer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.CustomerParams;
import dev.camelstripe.model.StripeList;
import dev.camelstripe.model.UntypedStripeObject;
import dev.camelstripe.test.FixtureAssertions;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * Stripe objects as JSON anywhere in a route, through Camel's type converters and camel-jackson, with no setup: the
 * exact Stripe JSON out (unknown fields and nulls included), and back into the model after a hop.
 */
class StripeObjectsAsJsonTest extends ProducerTestSupport {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:asString").to("stripe:getCustomer").convertBodyTo(String.class);
                from("direct:asBytes").to("stripe:getCustomer").convertBodyTo(byte[].class);
                from("direct:asMap").to("stripe:getCustomer").convertBodyTo(Map.class);
                from("direct:marshal").to("stripe:getCustomer").marshal().json(JsonLibrary.Jackson);
                // out as a stream, as an HTTP or Kafka producer would send it, and back in as the next route reads it
                from("direct:hop").to("stripe:getCustomer").convertBodyTo(InputStream.class).to("direct:received");
                from("direct:received").convertBodyTo(Customer.class);
                from("direct:unmarshal").unmarshal().json(JsonLibrary.Jackson, Customer.class);
                from("direct:toCustomer").convertBodyTo(Customer.class);
                from("direct:toParams").convertBodyTo(CustomerParams.class);
                from("direct:toList").convertBodyTo(StripeList.class);
                // getters a model shares through its Has mixins are plain bean getters to Camel's languages
                from("direct:simple").to("stripe:getCustomer")
                        .setBody(simple("${body.email}|${body.created.epochSecond}|${body.metadata[tier]}|${body.name}"
                                        + "|${body.balance}|${body.livemode}"));
            }
        };
    }

    @BeforeEach
    void stub() {
        stripe.stubFor(get("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_1")));
    }

    private Object bodyAfter(String route) {
        return bodyAfter(route, Object.class);
    }

    private <T> T bodyAfter(String route, Class<T> type) {
        Exchange result = send(route, null, Map.of("CamelStripeObjectId", "cus_NffrFeUfNV2Hib"));
        assertThat(result.getException()).isNull();
        return result.getMessage().getBody(type);
    }

    private static JsonNode fixture() throws Exception {
        return PLAIN.readTree(fixture("stripe/customer.json"));
    }

    @Test
    void convertBodyToStringGivesTheExactStripeJson() throws Exception {
        Object body = bodyAfter("direct:asString");

        assertThat(body).isInstanceOf(String.class);
        assertThat(PLAIN.readTree((String) body)).isEqualTo(fixture());
    }

    @Test
    void convertBodyToBytesGivesTheExactStripeJson() throws Exception {
        assertThat(PLAIN.readTree((byte[]) bodyAfter("direct:asBytes"))).isEqualTo(fixture());
    }

    @Test
    void convertBodyToMapGivesTheJsonObjectWithUnknownFields() {
        assertThat(bodyAfter("direct:asMap")).asInstanceOf(MAP)
                .containsEntry("email", "jenny.rosen@example.com")
                .containsEntry("created", 1680893993)
                .containsEntry("preferred_locales", List.of("fr", "en"))
                .containsEntry("test_clock", null)
                .containsKey("invoice_settings");
    }

    @Test
    void camelJacksonMarshalWritesTheSameStripeJson() throws Exception {
        assertThat(PLAIN.readTree(bodyAfter("direct:marshal", byte[].class))).isEqualTo(fixture());
    }

    @Test
    void aCustomerSurvivesAHopAsAStream() {
        Object body = bodyAfter("direct:hop");

        assertThat(body).isInstanceOf(Customer.class);
        FixtureAssertions.assertFixtureCustomer((Customer) body);
        assertThat(((Customer) body).getUnknownField("invoice_prefix")).isEqualTo("0759376C");
    }

    @Test
    void camelJacksonUnmarshalReadsTheModel() {
        Object body = template.requestBody("direct:unmarshal", fixture("stripe/customer.json"));

        assertThat(body).isInstanceOf(Customer.class);
        FixtureAssertions.assertFixtureCustomer((Customer) body);
    }

    @Test
    void jsonTextBytesStreamsAndMapsConvertToAModel() {
        String json = fixture("stripe/customer.json");
        Map<?, ?> map = bodyAfter("direct:asMap", Map.class);

        for (Object body : List.of(json, json.getBytes(StandardCharsets.UTF_8),
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), map)) {
            Object converted = template.requestBody("direct:toCustomer", body);
            assertThat(converted).as("from %s", body.getClass().getSimpleName()).isInstanceOf(Customer.class);
            FixtureAssertions.assertFixtureCustomer((Customer) converted);
        }
    }

    @Test
    void aRequestBodyCanArriveAsParams() {
        Object params = template.requestBody("direct:toParams", "{\"email\":\"a@b.co\",\"tax_exempt\":\"none\"}");

        assertThat(params).isInstanceOf(CustomerParams.class);
        assertThat(((CustomerParams) params).getEmail()).isEqualTo("a@b.co");
        assertThat(((CustomerParams) params).getUnknownField("tax_exempt")).isEqualTo("none");
    }

    @Test
    void aListArrivesWithItsItemsAsUntypedStripeObjects() {
        Object list = template.requestBody("direct:toList", fixture("stripe/customers-list.json"));

        assertThat(list).isInstanceOf(StripeList.class);
        assertThat(((StripeList<?>) list).getData()).hasSize(3).first().isInstanceOf(UntypedStripeObject.class)
                .extracting(item -> ((UntypedStripeObject) item).getId()).isEqualTo("cus_Q3");
    }

    @Test
    void textThatIsNotJsonFailsTheConversionWithJacksonsReason() {
        Exchange result = template.send("direct:toCustomer", exchange -> exchange.getMessage().setBody("cus_123"));

        assertThat(result.getException()).isInstanceOf(org.apache.camel.InvalidPayloadException.class)
                .hasRootCauseInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
    }

    @Test
    void simpleReadsEveryGetter() {
        assertThat(bodyAfter("direct:simple", String.class))
                .isEqualTo("jenny.rosen@example.com|1680893993|gold|Jenny Rosen|-2500|false");
    }

    @Test
    void toStringStaysShortAndHoldsNoPersonalData() {
        Customer customer = (Customer) template.requestBody("direct:toCustomer", fixture("stripe/customer.json"));

        assertThat(customer.toString()).isEqualTo("Customer[customer cus_NffrFeUfNV2Hib]");
        assertThat(new CustomerParams().email("a@b.co").name("Jenny").toString())
                .isEqualTo("CustomerParams[email, name]");
    }
}
