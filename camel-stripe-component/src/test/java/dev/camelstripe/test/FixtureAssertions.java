package dev.camelstripe.test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.camelstripe.model.Customer;

import static org.assertj.core.api.Assertions.assertThat;

/** The exact values of the shared Stripe fixtures (src/test/resources/stripe/), asserted in one place. */
public final class FixtureAssertions {

    private FixtureAssertions() {
    }

    /** {@code stripe/customer.json}, modelled fields and a sample of the fields kept unmodelled. */
    public static void assertFixtureCustomer(Customer customer) {
        assertThat(customer.getId()).isEqualTo("cus_NffrFeUfNV2Hib");
        assertThat(customer.getObject()).isEqualTo("customer");
        assertThat(customer.getBalance()).isEqualTo(-2500L);
        assertThat(customer.getCreated()).isEqualTo(Instant.ofEpochSecond(1680893993L));
        assertThat(customer.getCurrency()).isEqualTo("eur");
        assertThat(customer.getDelinquent()).isFalse();
        assertThat(customer.getDescription()).isEqualTo("Gold member since 2023");
        assertThat(customer.getDiscount()).isNull();
        assertThat(customer.getEmail()).isEqualTo("jenny.rosen@example.com");
        assertThat(customer.getName()).isEqualTo("Jenny Rosen");
        assertThat(customer.getPhone()).isEqualTo("+33 4 72 00 00 00");
        assertThat(customer.getMetadata()).containsExactly(Map.entry("crm_id", "6735"), Map.entry("tier", "gold"));
        assertThat(customer.getLivemode()).isFalse();
        assertThat(customer.getDeleted()).isNull();
        assertThat(customer.isDeleted()).isFalse();
        assertThat(customer.getUnknownField("invoice_prefix")).isEqualTo("0759376C");
        assertThat(customer.getUnknownField("preferred_locales")).isEqualTo(List.of("fr", "en"));
    }
}
