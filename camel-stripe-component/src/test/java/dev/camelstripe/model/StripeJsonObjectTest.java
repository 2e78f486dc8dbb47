package dev.camelstripe.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Behaviour every model shares through {@link StripeJsonObject} and {@link StripeJson}. */
class StripeJsonObjectTest {

    @Test
    void unknownFieldsAreReadOnlyToCallers() {
        Customer customer = Fixtures.read("customer.json", Customer.class);

        assertThatThrownBy(() -> customer.getUnknownFields().put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> customer.getUnknownFields().remove("address"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unknownFieldsKeepArrivalOrder() throws Exception {
        UntypedStripeObject object = StripeJson.read(
                "{\"id\":\"x_1\",\"object\":\"thing\",\"zeta\":1,\"alpha\":2,\"mid\":3}".getBytes(),
                UntypedStripeObject.class);

        assertThat(object.getUnknownFields().keySet()).containsExactly("zeta", "alpha", "mid");
    }

    @Test
    void aStripeFieldNamedLikeOurInternalMapIsNotSwallowed() throws Exception {
        String json = "{\"id\":\"x_1\",\"object\":\"thing\",\"unknown_fields\":\"kept\"}";

        UntypedStripeObject object = StripeJson.read(json.getBytes(), UntypedStripeObject.class);

        assertThat(object.getUnknownField("unknown_fields")).isEqualTo("kept");
        assertThat(Fixtures.written(object)).isEqualTo(StripeJson.mapper().readTree(json));
    }

    @Test
    void convenienceGettersAddNoJson() {
        Customer customer = new Customer();
        customer.setBalance(5L);

        // getAccountBalance() and isDeleted() exist, yet only the balance field is written
        assertThat(Fixtures.written(customer).toString()).isEqualTo("{\"balance\":5}");
    }

    @Test
    void instantsAreIntegerEpochSecondsBothWays() throws Exception {
        Product product = StripeJson.read("{\"created\":1678833149}".getBytes(), Product.class);

        assertThat(product.getCreated()).isEqualTo(Instant.parse("2023-03-14T22:32:29Z"));
        assertThat(StripeJson.mapper().writeValueAsString(product)).isEqualTo("{\"created\":1678833149}");
    }

    @Test
    void anIsoInstantStringIsAcceptedAsInput() throws Exception {
        Product product = StripeJson.read("{\"updated\":\"2023-03-14T22:32:29Z\"}".getBytes(), Product.class);

        assertThat(product.getUpdated()).isEqualTo(Instant.ofEpochSecond(1678833149L));
    }
}
