package dev.camelstripe.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelstripe.test.FixtureAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

class CustomerTest {

    @Test
    void readsModelledFields() {
        Customer customer = Fixtures.read("customer.json", Customer.class);

        FixtureAssertions.assertFixtureCustomer(customer);
    }

    @Test
    void keepsUnmodelledFieldsWithTheirNestedValues() {
        Customer customer = Fixtures.read("customer.json", Customer.class);

        assertThat(customer.getUnknownFields()).containsKeys("address", "cash_balance", "default_source",
                "invoice_credit_balance", "invoice_prefix", "invoice_settings", "next_invoice_sequence",
                "preferred_locales", "shipping", "tax_exempt", "test_clock");
        assertThat(customer.getUnknownFields()).doesNotContainKeys("id", "email", "balance", "metadata");
        assertThat(customer.getUnknownField("preferred_locales")).isEqualTo(List.of("fr", "en"));
        assertThat(customer.getUnknownField("next_invoice_sequence")).isEqualTo(3);
        assertThat(customer.getUnknownField("address")).asInstanceOf(MAP)
                .containsEntry("city", "Lyon")
                .containsEntry("postal_code", "69002")
                .containsEntry("line2", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> invoiceSettings = (Map<String, Object>) customer.getUnknownField("invoice_settings");
        assertThat(invoiceSettings.get("custom_fields"))
                .isEqualTo(List.of(Map.of("name", "VAT", "value", "FR40303265045")));
        assertThat(invoiceSettings.get("default_payment_method")).isEqualTo("pm_1MtJUT2eZvKYlo2CexTaGd8i");
    }

    @Test
    void legacyAccountBalanceIsTheBalanceAndIsWrittenBackUnderItsOwnName() {
        Customer customer = Fixtures.read("customer-legacy-account-balance.json", Customer.class);

        assertThat(customer.getBalance()).isEqualTo(1500L);
        assertThat(customer.getAccountBalance()).isEqualTo(1500L);
        assertThat(customer.getDelinquent()).isTrue();
        JsonNode written = Fixtures.written(customer);
        assertThat(written.get("account_balance").asLong()).isEqualTo(1500L);
        assertThat(written.has("balance")).isFalse();
    }

    @Test
    void currentBalanceIsAlsoTheAccountBalanceAndIsWrittenBackUnderItsOwnName() {
        Customer customer = Fixtures.read("customer.json", Customer.class);

        assertThat(customer.getAccountBalance()).isEqualTo(-2500L);
        JsonNode written = Fixtures.written(customer);
        assertThat(written.get("balance").asLong()).isEqualTo(-2500L);
        assertThat(written.has("account_balance")).isFalse();
    }

    @Test
    void balancePrevailsWhenBothNamesArePresent() {
        Customer customer = new Customer();
        customer.setAccountBalance(1L);
        customer.setBalance(2L);

        assertThat(customer.getBalance()).isEqualTo(2L);
        assertThat(customer.getAccountBalance()).isEqualTo(2L);
    }

    @Test
    void noBalanceAtAllIsNull() {
        assertThat(new Customer().getBalance()).isNull();
    }

    @Test
    void deletedCustomer() {
        Customer customer = Fixtures.read("customer-deleted.json", Customer.class);

        assertThat(customer.isDeleted()).isTrue();
        assertThat(customer.getDeleted()).isTrue();
        assertThat(customer.getId()).isEqualTo("cus_1");
        assertThat(customer.getEmail()).isNull();
        assertThat(customer.getUnknownFields()).isEmpty();
    }

    @Test
    void discountWithCouponIsTyped() {
        Customer customer = Fixtures.read("customer-with-discount.json", Customer.class);
        Discount discount = customer.getDiscount();

        assertThat(discount.getId()).isEqualTo("di_1OdvD22eZvKYlo2CbIe3mGKt");
        assertThat(discount.getObject()).isEqualTo("discount");
        assertThat(discount.getCustomer()).isEqualTo("cus_PxQ8kLm2nR4sT6");
        assertThat(discount.getCustomerExpandable().isExpanded()).isFalse();
        assertThat(discount.getSubscription()).isEqualTo("sub_1OdvD12eZvKYlo2CkZ5fQ3rA");
        assertThat(discount.getPromotionCode()).isEqualTo("promo_1OdvCz2eZvKYlo2Cq1XyW9sD");
        assertThat(discount.getStart()).isEqualTo(Instant.ofEpochSecond(1700006400L));
        assertThat(discount.getEnd()).isEqualTo(Instant.ofEpochSecond(1707868800L));
        assertThat(discount.getUnknownFields()).containsOnlyKeys("checkout_session", "invoice", "invoice_item");

        Coupon coupon = discount.getCoupon();
        assertThat(coupon.getId()).isEqualTo("SUMMER25");
        assertThat(coupon.getName()).isEqualTo("Summer sale");
        assertThat(coupon.getDuration()).isEqualTo(Coupon.REPEATING);
        assertThat(coupon.getDurationInMonths()).isEqualTo(3L);
        assertThat(coupon.getPercentOff()).isEqualByComparingTo(new BigDecimal("25.5"));
        assertThat(coupon.getAmountOff()).isNull();
        assertThat(coupon.getCurrency()).isNull();
        assertThat(coupon.getValid()).isTrue();
        assertThat(coupon.getUnknownField("times_redeemed")).isEqualTo(42);
        assertThat(coupon.getUnknownField("metadata")).isEqualTo(Map.of("campaign", "summer"));
    }

    /** 2025-09-30.clover: the discount names its coupon under source, by id unless expanded. */
    @Test
    void aCloverDiscountNamesItsCouponUnderSource() {
        Discount discount = Fixtures.read("customer-with-discount-clover.json", Customer.class).getDiscount();

        assertThat(discount.getCouponId()).isEqualTo("SUMMER25");
        assertThat(discount.getCouponExpandable().isExpanded()).isFalse();
        assertThat(discount.getCoupon()).isNull();
        assertThat(discount.getUnknownField("source")).asInstanceOf(MAP).containsEntry("type", "coupon");
        assertThat(discount.getPromotionCode()).isEqualTo("promo_1OdvCz2eZvKYlo2Cq1XyW9sD");
    }

    @Test
    void aCloverDiscountWithItsCouponExpandedGivesTheCoupon() throws Exception {
        Discount discount = StripeJson.read(("{\"id\":\"di_1\",\"object\":\"discount\",\"source\":{\"type\":\"coupon\","
                + "\"coupon\":{\"id\":\"SUMMER25\",\"object\":\"coupon\",\"percent_off\":25.5}}}").getBytes(),
                Discount.class);

        assertThat(discount.getCouponId()).isEqualTo("SUMMER25");
        assertThat(discount.getCoupon().getPercentOff()).isEqualByComparingTo(new BigDecimal("25.5"));
    }

    @Test
    void anAcaciaDiscountGivesItsCouponInBothWays() {
        Discount discount = Fixtures.read("customer-with-discount.json", Customer.class).getDiscount();

        assertThat(discount.getCouponId()).isEqualTo("SUMMER25");
        assertThat(discount.getCouponExpandable().isExpanded()).isTrue();
        assertThat(discount.getCoupon()).isSameAs(discount.getCoupon());
    }
}
