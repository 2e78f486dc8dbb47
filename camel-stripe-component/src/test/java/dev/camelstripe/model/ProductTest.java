package dev.camelstripe.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductTest {

    @Test
    void readsModelledFields() {
        Product product = Fixtures.read("product.json", Product.class);

        assertThat(product.getId()).isEqualTo("prod_NWjs8kKbJWmuuc");
        assertThat(product.getObject()).isEqualTo("product");
        assertThat(product.getActive()).isTrue();
        assertThat(product.getCaption()).isEqualTo("Soft organic cotton");
        assertThat(product.getCreated()).isEqualTo(Instant.ofEpochSecond(1678833149L));
        assertThat(product.getDescription()).isEqualTo("A plain white T-shirt");
        assertThat(product.getImages()).containsExactly(
                "https://files.stripe.com/links/MDB8YWNjdF8xfGZsX3Rlc3Rf1",
                "https://files.stripe.com/links/MDB8YWNjdF8xfGZsX3Rlc3Rf2");
        assertThat(product.getName()).isEqualTo("T-shirt");
        assertThat(product.getShippable()).isTrue();
        assertThat(product.getUpdated()).isEqualTo(Instant.ofEpochSecond(1678833150L));
        assertThat(product.getUrl()).isEqualTo("https://shop.example.com/t-shirt");
        assertThat(product.getMetadata()).containsExactly(Map.entry("sku", "TS-WHT-M"));
        assertThat(product.getLivemode()).isFalse();
    }

    @Test
    void keepsUnmodelledFields() {
        Product product = Fixtures.read("product.json", Product.class);

        assertThat(product.getUnknownField("default_price")).isEqualTo("price_1MlhcE2eZvKYlo2C7cf9gBnn");
        assertThat(product.getUnknownField("features")).isEqualTo(List.of(Map.of("name", "Organic cotton")));
        assertThat(product.getUnknownField("package_dimensions"))
                .isEqualTo(Map.of("height", 2.5, "length", 30.0, "weight", 180.0, "width", 25.0));
        assertThat(product.getUnknownField("marketing_features")).isEqualTo(List.of());
        assertThat(product.getUnknownFields()).containsKeys("statement_descriptor", "unit_label", "type");
    }

    @Test
    void absentBooleansStayNull() throws Exception {
        Product product = StripeJson.read("{\"id\":\"prod_1\",\"object\":\"product\"}".getBytes(), Product.class);

        assertThat(product.getActive()).isNull();
        assertThat(product.getShippable()).isNull();
        assertThat(product.getLivemode()).isNull();
    }
}
