package dev.camelstripe.producer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.StripeOperation;
import dev.camelstripe.StripeOperation.Action;
import dev.camelstripe.model.Has;
import dev.camelstripe.model.Params;
import dev.camelstripe.model.StripeJson;
import dev.camelstripe.model.StripeList;
import dev.camelstripe.model.StripeObject;
import dev.camelstripe.model.Subscription;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action of the operation table, one test body: the exact request Stripe receives (method, path with the id,
 * form or query, Idempotency-Key sent by a POST and never by a GET or DELETE) and the typed result with every field
 * of the answer kept. The expected calls are written out here ({@link #CALLS}), not read from the descriptor under
 * test, so a slip in the table fails; the parameters are this test's own samples.
 */
class EveryActionTest extends ProducerTestSupport {

    static final String ID = "obj_Nt3kE9";
    /** Each action's call as Stripe's API reference gives it (docs.stripe.com/api), written out once more here. */
    static final Map<String, String> CALLS = Map.ofEntries(
            Map.entry("createProduct", "POST /v1/products"),
            Map.entry("updateProduct", "POST /v1/products/{id}"),
            Map.entry("deleteProduct", "DELETE /v1/products/{id}"),
            Map.entry("listProducts", "GET /v1/products"),
            Map.entry("searchProducts", "GET /v1/products/search"),
            Map.entry("createCustomer", "POST /v1/customers"),
            Map.entry("getCustomer", "GET /v1/customers/{id}"),
            Map.entry("updateCustomer", "POST /v1/customers/{id}"),
            Map.entry("deleteCustomer", "DELETE /v1/customers/{id}"),
            Map.entry("listCustomers", "GET /v1/customers"),
            Map.entry("searchCustomers", "GET /v1/customers/search"),
            Map.entry("createCharge", "POST /v1/charges"),
            Map.entry("retrieveCharge", "GET /v1/charges/{id}"),
            Map.entry("updateCharge", "POST /v1/charges/{id}"),
            Map.entry("captureCharge", "POST /v1/charges/{id}/capture"),
            Map.entry("listCharges", "GET /v1/charges"),
            Map.entry("searchCharges", "GET /v1/charges/search"),
            Map.entry("createPaymentIntent", "POST /v1/payment_intents"),
            Map.entry("retrievePaymentIntent", "GET /v1/payment_intents/{id}"),
            Map.entry("updatePaymentIntent", "POST /v1/payment_intents/{id}"),
            Map.entry("confirmPaymentIntent", "POST /v1/payment_intents/{id}/confirm"),
            Map.entry("capturePaymentIntent", "POST /v1/payment_intents/{id}/capture"),
            Map.entry("cancelPaymentIntent", "POST /v1/payment_intents/{id}/cancel"),
            Map.entry("listPaymentIntents", "GET /v1/payment_intents"),
            Map.entry("searchPaymentIntents", "GET /v1/payment_intents/search"),
            Map.entry("retrievePaymentMethod", "GET /v1/payment_methods/{id}"),
            Map.entry("updatePaymentMethod", "POST /v1/payment_methods/{id}"),
            Map.entry("attachPaymentMethod", "POST /v1/payment_methods/{id}/attach"),
            Map.entry("detachPaymentMethod", "POST /v1/payment_methods/{id}/detach"),
            Map.entry("listPaymentMethods", "GET /v1/payment_methods"),
            Map.entry("createRefund", "POST /v1/refunds"),
            Map.entry("retrieveRefund", "GET /v1/refunds/{id}"),
            Map.entry("updateRefund", "POST /v1/refunds/{id}"),
            Map.entry("cancelRefund", "POST /v1/refunds/{id}/cancel"),
            Map.entry("listRefunds", "GET /v1/refunds"),
            Map.entry("createSubscription", "POST /v1/subscriptions"),
            Map.entry("retrieveSubscription", "GET /v1/subscriptions/{id}"),
            Map.entry("updateSubscription", "POST /v1/subscriptions/{id}"),
            Map.entry("cancelSubscription", "DELETE /v1/subscriptions/{id}"),
            Map.entry("resumeSubscription", "POST /v1/subscriptions/{id}/resume"),
            Map.entry("listSubscriptions", "GET /v1/subscriptions"),
            Map.entry("searchSubscriptions", "GET /v1/subscriptions/search"),
            Map.entry("createInvoice", "POST /v1/invoices"),
            Map.entry("retrieveInvoice", "GET /v1/invoices/{id}"),
            Map.entry("updateInvoice", "POST /v1/invoices/{id}"),
            Map.entry("deleteInvoice", "DELETE /v1/invoices/{id}"),
            Map.entry("finalizeInvoice", "POST /v1/invoices/{id}/finalize"),
            Map.entry("payInvoice", "POST /v1/invoices/{id}/pay"),
            Map.entry("sendInvoice", "POST /v1/invoices/{id}/send"),
            Map.entry("voidInvoice", "POST /v1/invoices/{id}/void"),
            Map.entry("listInvoices", "GET /v1/invoices"),
            Map.entry("searchInvoices", "GET /v1/invoices/search"),
            Map.entry("createPrice", "POST /v1/prices"),
            Map.entry("retrievePrice", "GET /v1/prices/{id}"),
            Map.entry("updatePrice", "POST /v1/prices/{id}"),
            Map.entry("listPrices", "GET /v1/prices"),
            Map.entry("searchPrices", "GET /v1/prices/search"),
            Map.entry("retrieveBalanceTransaction", "GET /v1/balance_transactions/{id}"),
            Map.entry("listBalanceTransactions", "GET /v1/balance_transactions"),
            Map.entry("retrieveEvent", "GET /v1/events/{id}"),
            Map.entry("listEvents", "GET /v1/events"),
            Map.entry("createCheckoutSession", "POST /v1/checkout/sessions"),
            Map.entry("retrieveCheckoutSession", "GET /v1/checkout/sessions/{id}"),
            Map.entry("expireCheckoutSession", "POST /v1/checkout/sessions/{id}/expire"),
            Map.entry("listCheckoutSessions", "GET /v1/checkout/sessions"));
    /** A sample of each parameter some action needs, and the form Stripe receives it in. */
    static final Map<String, Sample> NEEDED = Map.of(
            "name", new Sample("T-shirt", "name=T-shirt"),
            "amount", new Sample(2000, "amount=2000"),
            "currency", new Sample("usd", "currency=usd"),
            "customer", new Sample(CUSTOMER_ID, "customer=" + CUSTOMER_ID),
            "items", new Sample(List.of(Map.of("price", "price_1MowQULkdIwHu7ixraBm864M")),
                    "items[0][price]=price_1MowQULkdIwHu7ixraBm864M"),
            "query", new Sample("status:'active'", "query=status%3A%27active%27"));

    record Sample(Object value, String encoded) {
    }

    @org.junit.jupiter.api.Test
    void everyActionHasItsExpectedCall() {
        assertThat(CALLS.keySet()).containsExactlyInAnyOrderElementsOf(actions().map(Enum::name).toList());
    }

    /** Every action of the table but stripe:request, whose call each message names (see RequestTest). */
    static Stream<StripeOperation> actions() {
        return Stream.of(StripeOperation.values()).filter(StripeOperation::isAction)
                .filter(operation -> operation != StripeOperation.request);
    }

    @ParameterizedTest
    @MethodSource("actions")
    void eachActionMakesItsCallAndReturnsTheTypedResult(StripeOperation operation) throws Exception {
        Action action = operation.action().orElseThrow();
        String[] call = CALLS.get(operation.name()).split(" ");
        String method = call[0];
        String path = call[1].replace("{id}", ID);
        Map<String, Object> body = new LinkedHashMap<>();
        StringBuilder form = new StringBuilder();
        action.required().forEach(required -> {
            Sample sample = NEEDED.get(required.param());
            body.put(required.param(), sample.value());
            form.append(form.isEmpty() ? "" : "&").append(sample.encoded());
        });
        if (action.isList() || action.isSearch()) {
            body.put("limit", 3);
            form.append(form.isEmpty() ? "" : "&").append("limit=3");
        } else if (action.paramsClass() != null && Params.Metadata.class.isAssignableFrom(action.paramsClass())) {
            body.put("metadata", Map.of("order", "6735"));
            form.append(form.isEmpty() ? "" : "&").append("metadata[order]=6735");
        }
        JsonNode answer = answer(action);
        stripe.stubFor(WireMock.request(method, urlPathEqualTo(path))
                .willReturn(WireMock.aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Request-Id", "req_" + operation).withBody(answer.toString())));

        Exchange result = send("stripe:" + operation, body,
                action.needsId() ? Map.of(StripeConstants.OBJECT_ID, ID) : Map.of());

        assertThat(result.getException()).isNull();
        boolean post = method.equals("POST");
        RequestPatternBuilder sent = new RequestPatternBuilder(RequestMethod.fromString(method),
                urlEqualTo(post || form.isEmpty() ? path : path + "?" + form))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Idempotency-Key", post ? matching(ActionsTest.DERIVED_KEY) : absent());
        stripe.verify(1, sent);
        stripe.verify(1, anyRequestedFor(anyUrl()));
        LoggedRequest request = stripe.getAllServeEvents().get(0).getRequest();
        assertThat(request.getBodyAsString()).isEqualTo(post ? form.toString() : "");

        Object typed = result.getMessage().getBody();
        JsonNode written = StripeJson.mapper().valueToTree(typed);
        assertThat(written).isEqualTo(answer);
        StripeObject object;
        if (action.isList() || action.isSearch()) {
            StripeList<?> page = (StripeList<?>) typed;
            assertThat(page.getObject()).isEqualTo(action.isSearch() ? "search_result" : "list");
            assertThat(page.hasMore()).isFalse();
            assertThat(page.getUrl()).isEqualTo(call[1]);
            assertThat(page.getData()).hasSize(1).allSatisfy(item -> assertThat(item).isInstanceOf(action.resultType()));
            object = (StripeObject) page.getData().get(0);
            assertThat(result.getMessage().getHeader(StripeConstants.OBJECT_ID)).isNull();
        } else {
            assertThat(typed).isInstanceOf(action.resultType());
            object = (StripeObject) typed;
            assertThat(result.getMessage().getHeader(StripeConstants.OBJECT_ID)).isEqualTo(object.getId());
        }
        JsonNode item = action.isList() || action.isSearch() ? answer.get("data").get(0) : answer;
        assertThat(object.getId()).isEqualTo(item.get("id").asText());
        assertThat(object.getObject()).isEqualTo(item.get("object").asText());
        if (item.has("deleted")) {
            assertThat(((Has.Deleted) object).isDeleted()).isTrue();
        }
        assertThat(result.getMessage().getHeader(StripeConstants.REQUEST_ID)).isEqualTo("req_" + operation);
        assertThat(result.getMessage().getHeader(StripeConstants.IDEMPOTENCY_KEY))
                .isEqualTo(post ? request.getHeader("Idempotency-Key") : null);
    }

    /** What Stripe answers: the resource's fixture, its deleted stub, or a page holding it. */
    private static JsonNode answer(Action action) throws Exception {
        JsonNode resource = StripeJson.mapper().readTree(fixture("stripe/" + fixtureName(action) + ".json"));
        if (action.shape() == Action.Shape.DELETE && action.resultType() != Subscription.class) {
            ObjectNode stub = StripeJson.mapper().createObjectNode();
            stub.put("id", resource.get("id").asText()).put("object", resource.get("object").asText());
            return stub.put("deleted", true);
        }
        if (!action.isList() && !action.isSearch()) {
            return resource;
        }
        ObjectNode page = StripeJson.mapper().createObjectNode().put("object", action.isSearch() ? "search_result"
                : "list");
        page.putArray("data").add(resource);
        page.put("has_more", false).put("url", action.pathTemplate());
        if (action.isSearch()) {
            page.putNull("next_page");
        }
        return page;
    }

    /** {@code PaymentIntent} → {@code payment_intent}. */
    private static String fixtureName(Action action) {
        return action.resultType().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", "_").toLowerCase();
    }
}
