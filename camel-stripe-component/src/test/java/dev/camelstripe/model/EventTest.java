package dev.camelstripe.model;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventTest {

    static Event read(String json) throws Exception {
        return StripeJson.read(json.getBytes(StandardCharsets.UTF_8), Event.class);
    }

    @Test
    void dataObjectIsTheModelOfItsObjectTypeAndPreviousAttributesAreKept() throws Exception {
        Event event = read("{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoiceitem.updated\","
                           + "\"account\":\"acct_1\",\"livemode\":true,\"created\":1700000001,"
                           + "\"data\":{\"object\":{\"id\":\"ii_1\",\"object\":\"invoiceitem\",\"amount\":500},"
                           + "\"previous_attributes\":{\"amount\":400,\"metadata\":{\"a\":\"b\"}}}}");
        assertThat(event.getDataObject()).isInstanceOfSatisfying(InvoiceItem.class,
                item -> assertThat(item.getAmount()).isEqualTo(500L));
        assertThat(event.getData().getPreviousAttributes())
                .isEqualTo(Map.of("amount", 400, "metadata", Map.of("a", "b")));
        assertThat(event.getAccount()).isEqualTo("acct_1");
        assertThat(event.getLivemode()).isTrue();
        assertThat(event.getRequestId()).isNull();
    }

    @Test
    void eachModelledTypeReadsAsItsModelAndAnyOtherKeepsAllItsFields() throws Exception {
        assertThat(Event.modelOf("customer")).isEqualTo(Customer.class);
        assertThat(Event.modelOf("charge")).isEqualTo(Charge.class);
        assertThat(Event.modelOf("invoiceitem")).isEqualTo(InvoiceItem.class);
        assertThat(Event.modelOf("product")).isEqualTo(Product.class);
        assertThat(Event.modelOf("order")).isEqualTo(Order.class);

        Event event = read("{\"id\":\"evt_2\",\"object\":\"event\",\"type\":\"payout.paid\",\"request\":\"req_old\","
                           + "\"data\":{\"object\":{\"id\":\"po_1\",\"object\":\"payout\",\"amount\":9,"
                           + "\"destination\":{\"id\":\"ba_1\"}}}}");
        assertThat(event.getDataObject()).isInstanceOfSatisfying(UntypedStripeObject.class, payout -> {
            assertThat(payout.getId()).isEqualTo("po_1");
            assertThat(payout.getUnknownFields()).containsEntry("amount", 9)
                    .containsEntry("destination", Map.of("id", "ba_1"));
        });
        assertThat(event.getRequestId()).isEqualTo("req_old"); // API versions before 2017-05-25
        assertThat(event.toMap()).containsKeys("id", "object", "type", "request", "data");
    }

    @Test
    void theEventWritesBackAsTheJsonStripeSent() throws Exception {
        String json = "{\"id\":\"evt_3\",\"object\":\"event\",\"type\":\"customer.created\",\"pending_webhooks\":2,"
                      + "\"request\":{\"id\":\"req_1\",\"idempotency_key\":\"key_1\"},"
                      + "\"data\":{\"object\":{\"id\":\"cus_1\",\"object\":\"customer\",\"email\":null}}}";
        Event event = read(json);
        assertThat(event.getDataObject()).isInstanceOf(Customer.class);
        assertThat(event.getRequestIdempotencyKey()).isEqualTo("key_1");
        assertThat(event.getPendingWebhooks()).isEqualTo(2L);
        assertThat(StripeJson.mapper().writeValueAsString(event)).isEqualTo(json);
    }
}
