package dev.camelstripe.producer;

import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.StripeInvalidRequestException;
import dev.camelstripe.client.StripeMethod;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.client.StripeUnexpectedAnswerException;
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

    // ---- autoPaginate: a list or search the table does not know, walked like a list action

    @Test
    void aListTheTableDoesNotKnowIsWalkedAcrossPagesWithAutoPaginate() {
        String path = "/v1/customers/cus_1/balance_transactions";
        stripe.stubFor(get(urlEqualTo(path + "?limit=2")).willReturn(okJson("{\"object\":\"list\",\"url\":\"" + path
                + "\",\"has_more\":true,\"data\":[" + transaction("cbtxn_1") + "," + transaction("cbtxn_2") + "]}")));
        stripe.stubFor(get(urlEqualTo(path + "?limit=2&starting_after=cbtxn_2")).willReturn(okJson(
                "{\"object\":\"list\",\"has_more\":false,\"data\":[" + transaction("cbtxn_3") + "]}")));

        Exchange out = send("stripe:request?method=GET&autoPaginate=true", Map.of("limit", 2),
                Map.of(StripeConstants.PATH, path));

        assertThat(out.getException()).isNull();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (Object item : out.getMessage().getBody(Iterable.class)) {
            UntypedStripeObject transaction = (UntypedStripeObject) item;
            assertThat(transaction.getUnknownField("amount")).isEqualTo(-500);
            ids.add(transaction.getId());
        }
        assertThat(ids).containsExactly("cbtxn_1", "cbtxn_2", "cbtxn_3");
        stripe.verify(1, getRequestedFor(urlEqualTo(path + "?limit=2")).withHeader("Idempotency-Key", absent()));
        stripe.verify(1, getRequestedFor(urlEqualTo(path + "?limit=2&starting_after=cbtxn_2")));
        assertThat(stripe.getAllServeEvents()).hasSize(2);
        assertThat(out.getMessage().getHeaders()).doesNotContainKey(StripeConstants.PATH);
    }

    @Test
    void aSearchPathIsWalkedByNextPageAsTypedObjects() {
        stripe.stubFor(get(urlEqualTo("/v1/customers/search?query=email%3A%27a%40example.com%27&limit=100"))
                .willReturn(okJson("{\"object\":\"search_result\",\"has_more\":true,\"next_page\":\"pg_2\","
                                   + "\"data\":[" + customerOf("cus_1") + "]}")));
        stripe.stubFor(get(urlEqualTo("/v1/customers/search?query=email%3A%27a%40example.com%27&limit=100&page=pg_2"))
                .willReturn(okJson("{\"object\":\"search_result\",\"has_more\":false,\"next_page\":null,"
                                   + "\"data\":[" + customerOf("cus_2") + "]}")));

        Exchange out = send("stripe:request?method=GET&path=/v1/customers/search&autoPaginate=true"
                            + "&resultClass=dev.camelstripe.model.Customer", Map.of("query", "email:'a@example.com'"));

        assertThat(out.getException()).isNull();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (Object item : out.getMessage().getBody(Iterable.class)) {
            ids.add(((Customer) item).getId() + " " + ((Customer) item).getEmail());
        }
        assertThat(ids).containsExactly("cus_1 a@example.com", "cus_2 a@example.com");
        assertThat(stripe.getAllServeEvents()).hasSize(2);
    }

    @Test
    void aPathThatIsNoListFailsTheWalkNamingThePathAndWhatItAnswered() {
        stripe.stubFor(get(urlEqualTo("/v1/balance?limit=100")).willReturn(okJson(BALANCE)
                .withHeader("Request-Id", "req_bal")));

        Exchange out = send("stripe:request?method=GET&path=/v1/balance&autoPaginate=true", null);

        assertThat(out.getException()).isInstanceOfSatisfying(StripeUnexpectedAnswerException.class, e -> {
            assertThat(e.getMethod()).isEqualTo(StripeMethod.GET);
            assertThat(e.getPath()).isEqualTo("/v1/balance");
            assertThat(e.getAttempts()).isEqualTo(1);
            assertThat(e.getExpected()).isEqualTo("list");
            assertThat(e.getAnswered()).isEqualTo("balance");
            assertThat(e.getRequestId()).isEqualTo("req_bal");
        }).hasMessage("GET /v1/balance: stripe:request with autoPaginate needs the path of a list or search, but the"
                      + " answer is an object of type 'balance', not a list (request req_bal)");
        assertThat(stripe.getAllServeEvents()).hasSize(1); // the first page only: nothing more is asked
    }

    @Test
    void aWalkIsAGetAndASearchNeedsItsQueryBothRefusedBeforeSending() {
        assertThat(send("stripe:request?path=/v1/customers&autoPaginate=true", null,
                Map.of(StripeConstants.METHOD, "POST")).getException())
                .isInstanceOfSatisfying(StripeParameterException.class,
                        e -> assertThat(e.getParam()).isEqualTo(StripeConstants.METHOD))
                .hasMessage("stripe:request with autoPaginate walks a list or a search, which is a GET; the method was"
                            + " POST");
        assertThat(send("stripe:request?method=GET&path=/v1/charges/search&autoPaginate=true", null).getException())
                .isInstanceOfSatisfying(StripeParameterException.class,
                        e -> assertThat(e.getParam()).isEqualTo("query"));
        assertThatThrownBy(() -> send("stripe:request?method=DELETE&path=/v1/customers&autoPaginate=true", null))
                .rootCause().hasMessageStartingWith("autoPaginate at stripe://request?")
                .hasMessageEndingWith("walks a list or a search, which is a GET; method is DELETE");
        assertThat(stripe.getAllServeEvents()).isEmpty();
    }

    private static String customerOf(String id) {
        return "{\"id\":\"" + id + "\",\"object\":\"customer\",\"email\":\"a@example.com\"}";
    }

    private static String transaction(String id) {
        return "{\"id\":\"" + id + "\",\"object\":\"customer_balance_transaction\",\"amount\":-500}";
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
