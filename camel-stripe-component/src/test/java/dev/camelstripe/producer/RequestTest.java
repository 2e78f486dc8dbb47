package dev.camelstripe.producer;

import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.StripeInvalidRequestException;
import dev.camelstripe.client.StripeMethod;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.UntypedStripeObject;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * stripe:request: any call the operation table does not know, with every action's guarantees (parameters from the
 * body, {id} from the object id, an Idempotency-Key on a POST that a redelivery reuses and none on GET or DELETE,
 * Stripe-Version, Stripe-Account, error classes), and a path that could leave Stripe's API refused before sending.
 */
class RequestTest extends ProducerTestSupport {

    static final String BALANCE = "{\"object\":\"balance\",\"livemode\":false,"
                                  + "\"available\":[{\"amount\":1200,\"currency\":\"usd\"}],\"pending\":[]}";

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:redelivered")
                        .errorHandler(defaultErrorHandler().maximumRedeliveries(1).redeliveryDelay(0))
                        .to("stripe:request?method=POST&path=/v1/customers/{id}/balance_transactions");
            }
        };
    }

    @Test
    void aGetTheTableDoesNotKnowAnswersAnUntypedObjectWithEveryField() {
        stripe.stubFor(get(urlEqualTo("/v1/balance")).willReturn(okJson(BALANCE).withHeader("Request-Id", "req_b")));

        Exchange out = send("stripe:request?method=GET&path=/v1/balance&stripeAccount=acct_1Connected", null);

        assertThat(out.getException()).isNull();
        UntypedStripeObject balance = out.getMessage().getBody(UntypedStripeObject.class);
        assertThat(balance.getObject()).isEqualTo("balance");
        assertThat(balance.getUnknownField("available")).isEqualTo(
                java.util.List.of(Map.of("amount", 1200, "currency", "usd")));
        assertThat(balance.getUnknownField("livemode")).isEqualTo(false);
        assertThat(out.getMessage().getHeader(StripeConstants.REQUEST_ID)).isEqualTo("req_b");
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/balance"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Stripe-Version", matching("\\d{4}-\\d{2}-\\d{2}\\..+"))
                .withHeader("Stripe-Account", equalTo("acct_1Connected"))
                .withHeader("Idempotency-Key", absent()));
    }

    @Test
    void aPostFromHeadersWithTheIdInThePathAndAFormBodyGetsAKeyAndTheHeadersAreConsumed() {
        stripe.stubFor(post(urlEqualTo("/v1/customers/cus_1/balance_transactions")).willReturn(okJson(
                "{\"id\":\"cbtxn_1\",\"object\":\"customer_balance_transaction\",\"amount\":-500}")));

        Exchange out = send("stripe:request", "{\"amount\": -500, \"currency\": \"usd\"}",
                Map.of(StripeConstants.METHOD, "post", StripeConstants.PATH, "/v1/customers/{id}/balance_transactions",
                        StripeConstants.OBJECT_ID, "cus_1"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(UntypedStripeObject.class).getId()).isEqualTo("cbtxn_1");
        assertThat(out.getMessage().getHeader(StripeConstants.OBJECT_ID)).isEqualTo("cbtxn_1");
        assertThat(out.getMessage().getHeaders()).doesNotContainKeys(StripeConstants.METHOD, StripeConstants.PATH);
        String key = out.getMessage().getHeader(StripeConstants.IDEMPOTENCY_KEY, String.class);
        assertThat(key).matches(IdempotencyTest.MADE_KEY);
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/cus_1/balance_transactions"))
                .withRequestBody(equalTo("amount=-500&currency=usd"))
                .withHeader("Idempotency-Key", equalTo(key)));
    }

    @Test
    void aRedeliveredPostSendsTheSameKeySoStripeDoesItOnce() {
        stripe.stubFor(post(urlEqualTo("/v1/customers/cus_1/balance_transactions")).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"type\":\"api_error\"}}")));
        stripe.stubFor(post(urlEqualTo("/v1/customers/cus_1/balance_transactions")).inScenario("flaky")
                .whenScenarioStateIs("up").willReturn(okJson("{\"id\":\"cbtxn_1\",\"object\":\"x\"}")));

        Exchange out = send("direct:redelivered", Map.of("amount", 100, "currency", "usd"),
                Map.of(StripeConstants.OBJECT_ID, "cus_1"));

        assertThat(out.getException()).isNull();
        var requests = stripe.findAll(postRequestedFor(urlEqualTo("/v1/customers/cus_1/balance_transactions")));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getHeader("Idempotency-Key")).matches(IdempotencyTest.MADE_KEY)
                .isEqualTo(requests.get(1).getHeader("Idempotency-Key"));
    }

    @Test
    void aDeleteSendsNoKeyAndNoBodyAndAnswersTheNamedResultClass() {
        stripe.stubFor(delete(urlEqualTo("/v1/customers/cus_1")).willReturn(okJson(
                "{\"id\":\"cus_1\",\"object\":\"customer\",\"deleted\":true}")));

        Exchange out = send("stripe:request?method=DELETE&path=/v1/customers/{id}"
                            + "&resultClass=dev.camelstripe.model.Customer", Map.of("id", "cus_1"));

        assertThat(out.getException()).isNull();
        Customer deleted = out.getMessage().getBody(Customer.class);
        assertThat(deleted).isExactlyInstanceOf(Customer.class);
        assertThat(deleted.isDeleted()).isTrue();
        stripe.verify(1, deleteRequestedFor(urlEqualTo("/v1/customers/cus_1"))
                .withHeader("Idempotency-Key", absent()));
        assertThat(stripe.findAll(deleteRequestedFor(urlEqualTo("/v1/customers/cus_1"))).get(0).getBodyAsString())
                .isEmpty();
    }

    @Test
    void aStripeErrorComesBackAsTheComponentsExceptionClass() {
        stripe.stubFor(get(urlEqualTo("/v1/nowhere")).willReturn(aResponse().withStatus(404)
                .withHeader("Request-Id", "req_404").withBody("{\"error\":{\"type\":\"invalid_request_error\","
                                                              + "\"message\":\"Unrecognized request URL\"}}")));

        Exchange out = send("stripe:request?method=GET&path=/v1/nowhere", null);

        assertThat(out.getException()).isInstanceOfSatisfying(StripeInvalidRequestException.class, e -> {
            assertThat(e.getStatus()).isEqualTo(404);
            assertThat(e.getRequestId()).isEqualTo("req_404");
            assertThat(e.getMethod()).isEqualTo(StripeMethod.GET);
            assertThat(e.getPath()).isEqualTo("/v1/nowhere");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/v1/../v2/accounts", "/v1/customers/..", "/v1/customers/%2e%2e/x", "/v1/customers/%2F..%2Fx",
            "/v1/customers%3Fexpand=x", "/v1/customers?expand[]=x", "/v1/customers#x", "https://evil.example/v1/x",
            "//evil.example/v1/x", "/v1/x@evil.example", "/v3/customers", "/customers", "v1/customers", "/v1",
            "/v1/", "/v1//customers", "/v1/customers/", "/v1/cus tomers", "/v1/customers\\..\\x", "/v1/{ids}",
            "/v1/cus\u0000tomers", "/v1/c\u00fcstomers", "/v1/./customers", "" })
    void aPathThatCouldLeaveStripesApiIsRefusedBeforeSending(String path) {
        stripe.stubFor(any(anyUrl()).willReturn(okJson("{}")));

        Exchange out = send("stripe:request?method=GET", null, Map.of(StripeConstants.PATH, path));

        assertThat(out.getException()).isInstanceOfSatisfying(StripeParameterException.class,
                e -> assertThat(e.getParam()).isEqualTo(StripeConstants.PATH))
                .hasMessageStartingWith("stripe:request needs CamelStripePath as a path under /v1/ or /v2/ of letters,"
                                        + " digits, _ - . and / with {id} for the object id, but ");
        assertThat(stripe.getAllServeEvents()).isEmpty();
    }

    @Test
    void theRefusalSaysWhatIsWrong() {
        assertThat(send("stripe:request?method=GET", null, Map.of(StripeConstants.PATH, "/v1/customers/../../x"))
                .getException()).hasMessageEndingWith("but '/v1/customers/../../x' carries '..'");
        assertThat(send("stripe:request?method=GET", null, Map.of(StripeConstants.PATH, "/v1/customers?limit=3"))
                .getException()).hasMessageEndingWith("carries '?' or '#': query parameters come from the body");
        assertThat(send("stripe:request?method=GET", null, Map.of(StripeConstants.PATH, "/v1/cus\ntomers"))
                .getException()).hasMessageEndingWith("but '/v1/cus\\u000atomers' has the segment 'cus\\u000atomers',"
                                                      + " which is neither {id} nor letters, digits, _ - .");
        assertThat(stripe.getAllServeEvents()).isEmpty();
    }

    @Test
    void aMissingOrUnknownMethodFailsBeforeSendingNamingWhereToSetIt() {
        assertThat(send("stripe:request?path=/v1/balance", null).getException())
                .isInstanceOfSatisfying(StripeParameterException.class, e -> assertThat(e.getParam()).isEqualTo("method"))
                .hasMessage("stripe:request needs the method of the call: set the method option or header"
                            + " CamelStripeMethod to one of [GET, POST, DELETE]");
        assertThat(send("stripe:request?path=/v1/balance", null, Map.of(StripeConstants.METHOD, "PATCH"))
                .getException()).isInstanceOfSatisfying(StripeParameterException.class,
                        e -> assertThat(e.getParam()).isEqualTo(StripeConstants.METHOD));
        assertThat(send("stripe:request?method=GET", null).getException())
                .hasMessage("stripe:request needs the path of the call: set the path option or header"
                            + " CamelStripePath, e.g. /v1/balance");
        assertThat(stripe.getAllServeEvents()).isEmpty();
    }

    @Test
    void misplacedOrWrongOptionsFailAtRouteStart() {
        assertThatThrownBy(() -> send("stripe:getCustomer?path=/v1/balance", null))
                .hasRootCauseMessage("path at stripe://getCustomer?path=/v1/balance applies to stripe:request"
                                     + " only, not to getCustomer");
        assertThatThrownBy(() -> send("stripe:request?method=GET&path=/v1/balance&resultClass=java.lang.String", null))
                .rootCause().hasMessageContaining("resultClass at stripe://request?")
                .hasMessageEndingWith("must be a Stripe model, a subclass of dev.camelstripe.model.StripeObject"
                                      + " such as dev.camelstripe.model.Customer; was java.lang.String");
        assertThatThrownBy(() -> send("stripe:request?method=GET&path=/v1/../x", null))
                .rootCause().isInstanceOf(StripeParameterException.class).hasMessageEndingWith("carries '..'");
        assertThat(stripe.getAllServeEvents()).isEmpty();
    }
}
