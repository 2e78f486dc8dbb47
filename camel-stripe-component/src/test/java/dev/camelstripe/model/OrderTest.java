package dev.camelstripe.model;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

class OrderTest {

    @Test
    void readsALegacyOrder() {
        Order order = Fixtures.read("order.json", Order.class);

        assertThat(order.getId()).isEqualTo("or_1EAdUe2eZvKYlo2CGd3wPrnE");
        assertThat(order.getObject()).isEqualTo("order");
        assertThat(order.getAmount()).isEqualTo(1500L);
        assertThat(order.getAmountReturned()).isEqualTo(500L);
        assertThat(order.getCharge()).isEqualTo("ch_1EAdUf2eZvKYlo2CqzL4H8xy");
        assertThat(order.getChargeExpandable().isExpanded()).isFalse();
        assertThat(order.getCreated()).isEqualTo(Instant.ofEpochSecond(1551887756L));
        assertThat(order.getCurrency()).isEqualTo("usd");
        assertThat(order.getCustomer()).isEqualTo("cus_Ee1oDJS4jxHz2L");
        assertThat(order.getEmail()).isEqualTo("old.timer@example.com");
        assertThat(order.getSelectedShippingMethod()).isEqualTo("ship_free-shipping");
        assertThat(order.getStatus()).isEqualTo(Order.STATUS_FULFILLED);
        assertThat(order.getUpdated()).isEqualTo(Instant.ofEpochSecond(1551887900L));
        assertThat(order.getMetadata()).containsExactly(Map.entry("channel", "web"));
        assertThat(order.getLivemode()).isFalse();
    }

    @Test
    void keepsItemsShippingMethodsAndStatusTransitions() {
        Order order = Fixtures.read("order.json", Order.class);

        assertThat(order.getUnknownField("items")).asInstanceOf(LIST).hasSize(2)
                .first().asInstanceOf(MAP)
                .containsEntry("parent", "sku_Ee1oHg5vpKMbqL")
                .containsEntry("amount", 1500);
        assertThat(order.getUnknownField("shipping_methods")).asInstanceOf(LIST).singleElement().asInstanceOf(MAP)
                .containsEntry("id", "ship_free-shipping")
                .containsEntry("delivery_estimate", null);
        assertThat(order.getUnknownField("status_transitions")).asInstanceOf(MAP)
                .containsEntry("paid", 1551887800)
                .containsEntry("canceled", null);
    }
}
