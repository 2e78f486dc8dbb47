package dev.camelstripe.model;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StripeListTest {

    @Test
    void typeOfBindsTheItemsToTheGivenClass() {
        StripeList<Customer> page = Fixtures.read("customers-list.json", StripeList.typeOf(Customer.class));

        assertThat(page.getObject()).isEqualTo("list");
        assertThat(page.hasMore()).isTrue();
        assertThat(page.getUrl()).isEqualTo("/v1/customers");
        assertThat(page.getData()).hasSize(3).allSatisfy(item -> assertThat(item).isInstanceOf(Customer.class));
        assertThat(page.getData()).extracting(Customer::getId).containsExactly("cus_Q3", "cus_Q2", "cus_Q1");
        assertThat(page.getData()).extracting(Customer::getCreated).containsExactly(
                Instant.ofEpochSecond(1710000300L), Instant.ofEpochSecond(1710000200L),
                Instant.ofEpochSecond(1710000100L));
        Customer second = page.getData().get(1);
        assertThat(second.getBalance()).isEqualTo(700L);
        assertThat(second.getMetadata()).containsEntry("source", "import");
        assertThat(second.getUnknownField("preferred_locales")).isEqualTo(List.of("de"));
        assertThat(page.getData().get(2).getDelinquent()).isTrue();
    }

    @Test
    void keepsUnknownListFieldsAndDefaultsAbsentOnes() throws Exception {
        StripeList<Product> page = StripeJson.read(
                "{\"object\":\"list\",\"total_count\":0,\"url\":\"/v1/products\"}".getBytes(),
                StripeList.typeOf(Product.class));

        assertThat(page.getData()).isEmpty();
        assertThat(page.hasMore()).isFalse();
        assertThat(page.getUnknownField("total_count")).isEqualTo(0);
        assertThat(Fixtures.written(page).toString())
                .isEqualTo("{\"object\":\"list\",\"total_count\":0,\"url\":\"/v1/products\"}");
    }
}
