package dev.camelstripe.model;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

class InvoiceItemTest {

    @Test
    void readsModelledFields() {
        InvoiceItem item = Fixtures.read("invoiceitem.json", InvoiceItem.class);

        assertThat(item.getId()).isEqualTo("ii_1MtGUtLkdIwHu7ixBYwjAM00");
        assertThat(item.getObject()).isEqualTo("invoiceitem");
        assertThat(item.getAmount()).isEqualTo(-1099L);
        assertThat(item.getCurrency()).isEqualTo("usd");
        assertThat(item.getCustomer()).isEqualTo("cus_NeZei8imSbMVvi");
        assertThat(item.getDate()).isEqualTo(Instant.ofEpochSecond(1680640231L));
        assertThat(item.getDescription()).isEqualTo("Credit for downtime in March");
        assertThat(item.getDiscountable()).isFalse();
        assertThat(item.getInvoice()).isEqualTo("in_1MtGUuLkdIwHu7ixZ4dNm1Wr");
        assertThat(item.getProration()).isTrue();
        assertThat(item.getQuantity()).isEqualTo(1L);
        assertThat(item.getSubscription()).isEqualTo("sub_1MtGUqLkdIwHu7ix0bYTUc7d");
        assertThat(item.getMetadata()).containsExactly(Map.entry("ticket", "SUP-311"));
        assertThat(item.getLivemode()).isFalse();
    }

    @Test
    void keepsTheUnmodelledPriceObject() {
        InvoiceItem item = Fixtures.read("invoiceitem.json", InvoiceItem.class);

        assertThat(item.getUnknownField("price")).asInstanceOf(MAP)
                .containsEntry("id", "price_1MtGUsLkdIwHu7ix1be5Ljaj")
                .containsEntry("unit_amount", -1099)
                .containsEntry("recurring", null);
        assertThat(item.getUnknownField("period")).isEqualTo(Map.of("end", 1680640231, "start", 1680640231));
        assertThat(item.getUnknownField("unit_amount_decimal")).isEqualTo("-1099");
    }

    /** 2025-03-31.basil moved subscription to parent.subscription_details.subscription. */
    @Test
    void theSubscriptionIsFoundWhereBasilMovedIt() {
        InvoiceItem item = Fixtures.read("invoiceitem-basil.json", InvoiceItem.class);

        assertThat(item.getSubscription()).isEqualTo("sub_1RBb4lLkdIwHu7ixQwErTy34");
        assertThat(item.getSubscriptionExpandable().isExpanded()).isFalse();
        assertThat(item.getInvoice()).isNull();
        assertThat(item.getProration()).isTrue();
        assertThat(item.getDate()).isEqualTo(Instant.ofEpochSecond(1743465600L));
        assertThat(item.getUnknownField("parent")).asInstanceOf(MAP).containsEntry("type", "subscription_details");
        assertThat(item.getUnknownFields()).containsKeys("parent", "pricing", "net_amount")
                .doesNotContainKey("subscription");
    }

    @Test
    void theOldLocationWinsWhenBothAreThere() throws Exception {
        InvoiceItem item = StripeJson.read(("{\"subscription\":\"sub_old\",\"parent\":{\"subscription_details\":"
                + "{\"subscription\":\"sub_new\"}}}").getBytes(), InvoiceItem.class);

        assertThat(item.getSubscription()).isEqualTo("sub_old");
    }
}
