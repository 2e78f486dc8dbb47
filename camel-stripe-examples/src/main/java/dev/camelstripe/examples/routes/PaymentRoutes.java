package dev.camelstripe.examples.routes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelstripe.model.PaymentIntent;
import dev.camelstripe.model.Refund;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Pays for orders and refunds the cancelled ones, in the steps a shop that ships before it charges takes:
 * <ol>
 * <li>an order file ({@code {"order": "A-1001", "amount": 2500, "currency": "usd", "payment_method":
 * "pm_card_visa"}}) dropped in {@code examples.payments.orders} becomes a payment intent with manual capture
 * ({@code createPaymentIntent}), which is confirmed ({@code confirmPaymentIntent}: the card is authorised) and captured
 * ({@code capturePaymentIntent}: the money is taken); its receipt goes to
 * {@code examples.payments.receipts/A-1001.json};</li>
 * <li>a cancellation file ({@code {"order": "A-1001"}}) dropped in {@code examples.payments.cancellations} refunds that
 * order's payment intent ({@code createRefund}); the refund goes to {@code examples.payments.refunds/A-1001.json}.</li>
 * </ol>
 * Each step sends its own idempotency key, which a redelivery of the step reuses: a file picked up again after a
 * crash between confirm and capture does not authorise twice. A file the routes cannot use moves to {@code .failed}.
 */
public class PaymentRoutes extends RouteBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An order reference becomes a file name: letters, digits and dashes only. */
    private static final Pattern ORDER = Pattern.compile("[A-Za-z0-9-]{1,40}");

    @Override
    public void configure() {
        from("file:{{examples.payments.orders}}?include=.*\\.json&move=.done&moveFailed=.failed")
                .routeId("order-payment")
                .process(PaymentRoutes::paymentIntentForOrder)
                .to("stripe:createPaymentIntent")
                .to("stripe:confirmPaymentIntent")
                .to("stripe:capturePaymentIntent")
                .log(LoggingLevel.INFO, "payments", "order ${exchangeProperty.order} paid: ${body.id} ${body.status}"
                                                    + " (${body.amountReceived} ${body.currency})")
                .process(PaymentRoutes::receipt)
                .to("file:{{examples.payments.receipts}}?fileName=${exchangeProperty.order}.json");

        from("file:{{examples.payments.cancellations}}?include=.*\\.json&move=.done&moveFailed=.failed")
                .routeId("order-refund")
                .process(PaymentRoutes::refundForCancellation)
                .to("stripe:createRefund")
                .log(LoggingLevel.INFO, "payments", "order ${exchangeProperty.order} refunded: ${body.id}"
                                                    + " ${body.status} (${body.amount} ${body.currency})")
                .process(PaymentRoutes::refundRecord)
                .to("file:{{examples.payments.refunds}}?fileName=${exchangeProperty.order}.json");
    }

    /** The order file as the parameters of a card payment captured later. */
    static void paymentIntentForOrder(Exchange exchange) throws Exception {
        Map<?, ?> order = JSON.readValue(exchange.getMessage().getBody(String.class), Map.class);
        String reference = orderReference(exchange, order);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("amount", order.get("amount"));
        params.put("currency", order.get("currency"));
        params.put("payment_method", order.get("payment_method"));
        // cards only: with Stripe's automatic payment methods a confirm would need a return_url for redirects
        params.put("payment_method_types", List.of("card"));
        params.put("capture_method", "manual");
        params.put("metadata", Map.of("order", reference));
        if (order.get("customer") != null) {
            params.put("customer", order.get("customer"));
        }
        exchange.getMessage().setBody(params);
    }

    /** The cancellation file, with the receipt of its order, as the parameters of a refund. */
    static void refundForCancellation(Exchange exchange) throws Exception {
        Map<?, ?> cancellation = JSON.readValue(exchange.getMessage().getBody(String.class), Map.class);
        String reference = orderReference(exchange, cancellation);
        String receiptsDir = exchange.getContext().resolvePropertyPlaceholders("{{examples.payments.receipts}}");
        Path receipt = Path.of(receiptsDir, reference + ".json");
        if (!Files.exists(receipt)) {
            throw new IllegalArgumentException("order " + reference + " has no receipt in " + receiptsDir
                                               + ": nothing was paid, nothing to refund");
        }
        Map<?, ?> paid = JSON.readValue(Files.readString(receipt), Map.class);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("payment_intent", paid.get("payment_intent"));
        params.put("reason", "requested_by_customer");
        params.put("metadata", Map.of("order", reference));
        exchange.getMessage().setBody(params);
    }

    private static String orderReference(Exchange exchange, Map<?, ?> file) {
        Object reference = file.get("order");
        if (!(reference instanceof String text) || !ORDER.matcher(text).matches()) {
            throw new IllegalArgumentException("order must be a reference of letters, digits and dashes, was "
                                               + reference);
        }
        exchange.setProperty("order", text);
        return text;
    }

    private static void receipt(Exchange exchange) throws Exception {
        PaymentIntent intent = exchange.getMessage().getBody(PaymentIntent.class);
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("order", exchange.getProperty("order"));
        receipt.put("payment_intent", intent.getId());
        receipt.put("charge", intent.getLatestCharge());
        receipt.put("status", intent.getStatus());
        receipt.put("amount_received", intent.getAmountReceived());
        receipt.put("currency", intent.getCurrency());
        exchange.getMessage().setBody(JSON.writeValueAsString(receipt));
    }

    private static void refundRecord(Exchange exchange) throws Exception {
        Refund refund = exchange.getMessage().getBody(Refund.class);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("order", exchange.getProperty("order"));
        record.put("refund", refund.getId());
        record.put("payment_intent", refund.getPaymentIntent());
        record.put("status", refund.getStatus());
        record.put("amount", refund.getAmount());
        record.put("currency", refund.getCurrency());
        exchange.getMessage().setBody(JSON.writeValueAsString(record));
    }
}
