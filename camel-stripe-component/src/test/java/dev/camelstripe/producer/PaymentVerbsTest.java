package dev.camelstripe.producer;

import java.util.List;
import java.util.Map;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.model.CheckoutSession;
import dev.camelstripe.model.Invoice;
import dev.camelstripe.model.InvoicePayParams;
import dev.camelstripe.model.PaymentIntent;
import dev.camelstripe.model.PaymentIntentCancelParams;
import dev.camelstripe.model.PaymentIntentCaptureParams;
import dev.camelstripe.model.PaymentIntentConfirmParams;
import dev.camelstripe.model.PaymentIntentParams;
import dev.camelstripe.model.PaymentMethod;
import dev.camelstripe.model.Subscription;
import dev.camelstripe.model.SubscriptionCancelParams;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verbs of their own (capture, confirm, cancel, attach, detach, finalize, pay, void, expire) with the parameters
 * they take, a payment flow routed step to step, and the checks that stop a bad parameter before anything is sent.
 */
class PaymentVerbsTest extends ProducerTestSupport {

    static final String PI = "pi_3MtwBwLkdIwHu7ix28a3tqPa";

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pay")
                        .to("stripe:createPaymentIntent")
                        .setBody(constant(new PaymentIntentConfirmParams().paymentMethod("pm_card_visa")))
                        .to("stripe:confirmPaymentIntent")
                        .to("stripe:capturePaymentIntent");
            }
        };
    }

    @Test
    void aPaymentIntentIsCreatedConfirmedAndCapturedStepByStepWithAKeyPerCall() {
        String answer = fixture("stripe/payment_intent.json");
        stripe.stubFor(post("/v1/payment_intents").willReturn(ok(answer, "req_create")));
        stripe.stubFor(post("/v1/payment_intents/" + PI + "/confirm").willReturn(ok(answer, "req_confirm")));
        stripe.stubFor(post("/v1/payment_intents/" + PI + "/capture").willReturn(ok(
                answer.replace("\"requires_capture\"", "\"succeeded\"").replace("\"amount_received\": 0",
                        "\"amount_received\": 2000"), "req_capture")));

        Exchange result = send("direct:pay", new PaymentIntentParams().amount(2000L).currency("usd")
                .captureMethod("manual").customer(CUSTOMER_ID));

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents")).withRequestBody(equalTo(
                "amount=2000&currency=usd&capture_method=manual&customer=" + CUSTOMER_ID)));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/" + PI + "/confirm"))
                .withRequestBody(equalTo("payment_method=pm_card_visa")));
        // the PaymentIntent the confirm step returned is the capture's body: its id addresses it, nothing is sent
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/" + PI + "/capture"))
                .withHeader("Idempotency-Key", matching(ActionsTest.DERIVED_KEY)));
        assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents/" + PI + "/capture"))).get(0)
                .getBodyAsString()).isEmpty();
        List<String> keys = stripe.findAll(postRequestedFor(anyUrl())).stream()
                .map(request -> request.getHeader("Idempotency-Key")).toList();
        assertThat(keys).hasSize(3);
        assertThat(keys).doesNotHaveDuplicates();
        PaymentIntent captured = result.getMessage().getBody(PaymentIntent.class);
        assertThat(captured.getStatus()).isEqualTo(PaymentIntent.STATUS_SUCCEEDED);
        assertThat(captured.getAmountReceived()).isEqualTo(2000L);
        assertThat(result.getMessage().getHeader(StripeConstants.REQUEST_ID)).isEqualTo("req_capture");
    }

    @Test
    void capturePaymentIntentSendsThePartialAmount() {
        stripe.stubFor(post("/v1/payment_intents/" + PI + "/capture")
                .willReturn(stripeOk("stripe/payment_intent.json", "req_1")));

        send("stripe:capturePaymentIntent", new PaymentIntentCaptureParams().amountToCapture(1500L).id(PI));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/" + PI + "/capture"))
                .withRequestBody(equalTo("amount_to_capture=1500")));
    }

    @Test
    void cancelPaymentIntentSendsTheReason() {
        stripe.stubFor(post("/v1/payment_intents/" + PI + "/cancel")
                .willReturn(stripeOk("stripe/payment_intent.json", "req_1")));

        send("stripe:cancelPaymentIntent", new PaymentIntentCancelParams().cancellationReason("abandoned"),
                Map.of(StripeConstants.OBJECT_ID, PI));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/" + PI + "/cancel"))
                .withRequestBody(equalTo("cancellation_reason=abandoned")));
    }

    @Test
    void attachTakesTheCustomerAsAParameterAndDetachNone() {
        String pm = "pm_1MtwBwLkdIwHu7ixdMq2X0d1";
        stripe.stubFor(post("/v1/payment_methods/" + pm + "/attach").willReturn(stripeOk("stripe/payment_method.json",
                "req_1")));
        stripe.stubFor(post("/v1/payment_methods/" + pm + "/detach").willReturn(stripeOk("stripe/payment_method.json",
                "req_2")));

        Exchange attached = send("stripe:attachPaymentMethod", Map.of("customer", CUSTOMER_ID),
                Map.of(StripeConstants.OBJECT_ID, pm));
        Exchange detached = send("stripe:detachPaymentMethod", attached.getMessage().getBody());

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_methods/" + pm + "/attach"))
                .withRequestBody(equalTo("customer=" + CUSTOMER_ID)));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_methods/" + pm + "/detach")));
        PaymentMethod method = detached.getMessage().getBody(PaymentMethod.class);
        assertThat(method.getCustomer()).isEqualTo(CUSTOMER_ID);
        assertThat(method.getType()).isEqualTo("card");
        assertThat(method.getCard()).containsEntry("last4", "4242");
    }

    @Test
    void cancelSubscriptionIsADeleteWithItsParametersInTheQueryAndNoKey() {
        String sub = "sub_1MowQVLkdIwHu7ixeRlqHVzs";
        stripe.stubFor(delete(urlPathEqualTo("/v1/subscriptions/" + sub)).willReturn(stripeOk(
                "stripe/subscription.json", "req_1")));

        Exchange result = send("stripe:cancelSubscription", new SubscriptionCancelParams().invoiceNow(true)
                .prorate(false).id(sub));

        stripe.verify(1, deleteRequestedFor(urlEqualTo("/v1/subscriptions/" + sub + "?invoice_now=true&prorate=false"))
                .withHeader("Idempotency-Key", absent()));
        assertThat(result.getMessage().getBody(Subscription.class).getId()).isEqualTo(sub);
        assertThat(result.getMessage().getHeader(StripeConstants.IDEMPOTENCY_KEY)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"finalizeInvoice,finalize", "voidInvoice,void", "sendInvoice,send"})
    void invoiceVerbsPostToTheirPathWithAKey(String operation, String verb) {
        String invoice = "in_1MtHbELkdIwHu7ixl4OzzPMv";
        stripe.stubFor(post("/v1/invoices/" + invoice + "/" + verb).willReturn(stripeOk("stripe/invoice.json", "r")));

        Exchange result = send("stripe:" + operation, null, Map.of(StripeConstants.OBJECT_ID, invoice));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/invoices/" + invoice + "/" + verb))
                .withHeader("Idempotency-Key", matching(ActionsTest.DERIVED_KEY)));
        assertThat(result.getMessage().getBody(Invoice.class).getNumber()).isEqualTo("F9A3B4C1-0001");
    }

    @Test
    void payInvoiceOutOfBand() {
        String invoice = "in_1MtHbELkdIwHu7ixl4OzzPMv";
        stripe.stubFor(post("/v1/invoices/" + invoice + "/pay").willReturn(stripeOk("stripe/invoice.json", "r")));

        send("stripe:payInvoice", new InvoicePayParams().paidOutOfBand(true).id(invoice));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/invoices/" + invoice + "/pay"))
                .withRequestBody(equalTo("paid_out_of_band=true")));
    }

    @Test
    void expireCheckoutSessionTakesTheSessionAsBody() throws Exception {
        CheckoutSession session = dev.camelstripe.model.StripeJson.read(
                fixture("stripe/checkout_session.json").getBytes(), CheckoutSession.class);
        stripe.stubFor(post("/v1/checkout/sessions/" + session.getId() + "/expire").willReturn(ok(
                fixture("stripe/checkout_session.json").replace("\"status\": \"open\"", "\"status\": \"expired\""),
                "req_1")));

        Exchange result = send("stripe:expireCheckoutSession", session);

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/checkout/sessions/" + session.getId() + "/expire")));
        assertThat(result.getMessage().getBody(CheckoutSession.class).getStatus())
                .isEqualTo(CheckoutSession.STATUS_EXPIRED);
    }

    @Test
    void aCreateStillRefusesAStripeObjectAsBody() throws Exception {
        PaymentIntent intent = dev.camelstripe.model.StripeJson.read(fixture("stripe/payment_intent.json").getBytes(),
                PaymentIntent.class);

        Exchange result = send("stripe:updatePaymentIntent", intent);

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessageStartingWith("updatePaymentIntent got a PaymentIntent as body: a Stripe object is not"
                                        + " parameters. Send null, PaymentIntentParams,");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            createPaymentIntent | {"currency": "usd"}                 | amount   | createPaymentIntent needs amount: a positive whole number
            createPaymentIntent | {"amount": -5, "currency": "usd"}   | amount   | createPaymentIntent needs amount: a positive whole number, was -5 (Integer)
            createPaymentIntent | {"amount": 20.5, "currency": "usd"} | amount   | createPaymentIntent needs amount: a positive whole number, was 20.5 (BigDecimal)
            createCharge        | {"amount": 2000, "currency": "dollars"} | currency | createCharge needs currency: a three-letter ISO currency code such as 'usd', was 'dollars'
            createPaymentIntent | {"amount": 2000, "currency": "usd", "capture_method": "later"} | capture_method | capture_method must be one of automatic, automatic_async, manual, was 'later'
            createRefund        | {"payment_intent": "pi_1", "amount": 0} | amount | amount must be a positive whole number, was 0 (Integer)
            createRefund        | {"charge": "ch_1", "reason": "changed_mind"} | reason | reason must be one of duplicate, fraudulent, requested_by_customer, was 'changed_mind'
            createPrice         | {"currency": "usd", "unit_amount": -1} | unit_amount | unit_amount must be a non-negative whole number, was -1 (Integer)
            createSubscription  | {"customer": "cus_1"}               | items    | createSubscription needs items: a list
            createSubscription  | {"customer": "cus_1", "items": []}  | items    | createSubscription needs items: a list, was [] (list)
            searchCharges       | {"limit": 3}                        | query    | searchCharges needs query: a Stripe search query, for example "status:'active' AND metadata['order']:'6735'"
            listPaymentMethods  | {"type": "card"}                    | customer | listPaymentMethods needs customer: the id of the customer whose payment methods to list
            createCheckoutSession | {"mode": "buy"}                   | mode     | mode must be one of payment, setup, subscription, was 'buy'
            """)
    void aBadParameterFailsNamingItAndNothingIsSent(String operation, String json, String param, String message) {
        Exchange result = send("stripe:" + operation, json);

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class).hasMessage(message);
        assertThat(((StripeParameterException) result.getException()).getParam()).isEqualTo(param);
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void attachWithoutACustomerFailsBeforeSending() {
        Exchange result = send("stripe:attachPaymentMethod", null, Map.of(StripeConstants.OBJECT_ID, "pm_1"));

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class).hasMessage(
                "attachPaymentMethod needs customer: the id of the customer to attach the payment method to");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body, String requestId) {
        return com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Request-Id", requestId).withBody(body);
    }
}
