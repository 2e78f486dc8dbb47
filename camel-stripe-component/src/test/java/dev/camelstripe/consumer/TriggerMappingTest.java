package dev.camelstripe.consumer;

import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelstripe.model.Charge;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.InvoiceItem;
import dev.camelstripe.model.Order;
import dev.camelstripe.test.FakeStripeLists;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TriggerMappingTest extends ConsumerTestSupport {

    private void addFixture(String path, String fixture) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/stripe/" + fixture)) {
            fake.add(path, (ObjectNode) FakeStripeLists.JSON.readTree(in));
        }
    }

    private Message only() {
        assertThat(received).hasSize(1);
        return received.get(0).getMessage();
    }

    @Test
    void newChargesDeliversAChargeWithItsOutcome() throws Exception {
        addFixture("/v1/charges", "charge.json");
        route("newCharges", "startFrom=beginning");
        poll();

        Message message = only();
        Charge charge = message.getBody(Charge.class);
        assertThat(charge.getId()).isEqualTo("ch_3MmlLrLkdIwHu7ix0snN0B15");
        assertThat(charge.getAmount()).isEqualTo(1099L);
        assertThat(charge.getCurrency()).isEqualTo("usd");
        assertThat(charge.getCustomer()).isEqualTo("cus_NffrFeUfNV2Hib");
        assertThat(charge.getFailureCode()).isEqualTo("card_declined");
        assertThat(charge.getStatus()).isEqualTo("failed");
        assertThat(charge.getOutcome().getNetworkStatus()).isEqualTo("declined_by_network");
        assertThat(charge.getOutcome().getType()).isEqualTo("issuer_declined");
        assertThat(charge.getOutcome().getRiskLevel()).isEqualTo("normal");
        assertThat(charge.getUnknownField("payment_intent")).isEqualTo("pi_3MmlLrLkdIwHu7ix0uke3Ezy");
        assertThat(message.getHeaders()).containsEntry("CamelStripeObjectId", "ch_3MmlLrLkdIwHu7ix0snN0B15")
                .containsEntry("CamelStripeCreated", Instant.ofEpochSecond(1679090539))
                .containsEntry("CamelStripeObjectType", "charge");
        Exchange exchange = received.get(0);
        assertThat(exchange.getProperty(Exchange.BATCH_SIZE)).isEqualTo(1);
        assertThat(exchange.getProperty(Exchange.BATCH_COMPLETE)).isEqualTo(true);
    }

    @Test
    void newInvoiceItemsDeliversAnInvoiceItemTimedByItsDate() throws Exception {
        addFixture("/v1/invoiceitems", "invoiceitem.json");
        route("newInvoiceItems", "startFrom=beginning");
        poll();

        Message message = only();
        InvoiceItem item = message.getBody(InvoiceItem.class);
        assertThat(item.getId()).isEqualTo("ii_1MtGUtLkdIwHu7ixBYwjAM00");
        assertThat(item.getAmount()).isEqualTo(-1099L);
        assertThat(item.getDate()).isEqualTo(Instant.ofEpochSecond(1680640231));
        assertThat(item.getDiscountable()).isFalse();
        assertThat(item.getProration()).isTrue();
        assertThat(item.getSubscription()).isEqualTo("sub_1MtGUqLkdIwHu7ix0bYTUc7d");
        assertThat(item.getUnknownField("unit_amount_decimal")).isEqualTo("-1099");
        assertThat(message.getHeader("CamelStripeCreated")).isEqualTo(Instant.ofEpochSecond(1680640231));
        assertThat(message.getHeader("CamelStripeObjectType")).isEqualTo("invoiceitem");
    }

    @Test
    void anInvoiceItemWithCreatedIsTimedByCreated() throws Exception {
        ObjectNode item = fake.add("/v1/invoiceitems", "ii_new", 1_700_000_000L);
        item.put("created", 1_700_000_050L);
        route("newInvoiceItems", "startFrom=1700000040");
        poll();

        assertThat(only().getHeader("CamelStripeCreated")).isEqualTo(Instant.ofEpochSecond(1_700_000_050L));
    }

    @Test
    void newOrdersDeliversAnOrder() throws Exception {
        addFixture("/v1/orders", "order.json");
        route("newOrders", "startFrom=beginning");
        poll();

        Message message = only();
        Order order = message.getBody(Order.class);
        assertThat(order.getId()).isEqualTo("or_1EAdUe2eZvKYlo2CGd3wPrnE");
        assertThat(order.getAmount()).isEqualTo(1500L);
        assertThat(order.getAmountReturned()).isEqualTo(500L);
        assertThat(order.getCharge()).isEqualTo("ch_1EAdUf2eZvKYlo2CqzL4H8xy");
        assertThat(order.getStatus()).isEqualTo(Order.STATUS_FULFILLED);
        assertThat(order.getSelectedShippingMethod()).isEqualTo("ship_free-shipping");
        assertThat(order.getUpdated()).isEqualTo(Instant.ofEpochSecond(1551887900));
        assertThat(order.getUnknownField("shipping_methods")).isNotNull();
        assertThat(message.getHeader("CamelStripeObjectType")).isEqualTo("order");
    }

    @Test
    void newCustomersDeliversACustomer() throws Exception {
        addFixture("/v1/customers", "customer.json");
        route("newCustomers", "startFrom=beginning");
        poll();

        Customer customer = only().getBody(Customer.class);
        assertThat(customer.getId()).isEqualTo("cus_NffrFeUfNV2Hib");
        assertThat(customer.getBalance()).isEqualTo(-2500L);
        assertThat(customer.getCreated()).isEqualTo(Instant.ofEpochSecond(1680893993));
        assertThat(customer.getCurrency()).isEqualTo("eur");
        assertThat(customer.getDelinquent()).isFalse();
        assertThat(customer.getDescription()).isEqualTo("Gold member since 2023");
        assertThat(customer.getEmail()).isEqualTo("jenny.rosen@example.com");
        assertThat(customer.getMetadata()).isEqualTo(Map.of("crm_id", "6735", "tier", "gold"));
        assertThat(customer.getUnknownField("invoice_prefix")).isEqualTo("0759376C");
    }
}
