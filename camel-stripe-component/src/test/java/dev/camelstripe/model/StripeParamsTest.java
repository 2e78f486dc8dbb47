package dev.camelstripe.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StripeParamsTest {

    @Test
    void productParamsBecomeStripeParametersInTheOrderSetLeavingJavaNullsOut() {
        ProductParams params = new ProductParams()
                .id("prod_tshirt")
                .name("T-shirt")
                .shippable(false)
                .images(List.of("https://example.com/a.png", "https://example.com/b.png"))
                .metadata(Map.of("sku", "TS-1"))
                .url(null);

        Map<String, Object> stripe = StripeJson.toParams(params);

        assertThat(stripe).containsExactly(
                Map.entry("id", "prod_tshirt"),
                Map.entry("name", "T-shirt"),
                Map.entry("shippable", false),
                Map.entry("images", List.of("https://example.com/a.png", "https://example.com/b.png")),
                Map.entry("metadata", Map.of("sku", "TS-1")));
    }

    @Test
    void emptyStringIsKeptBecauseItUnsetsTheFieldInStripe() {
        Map<String, Object> stripe = StripeJson.toParams(new CustomerParams().description("").email("a@b.c"));

        assertThat(stripe).containsExactly(Map.entry("description", ""), Map.entry("email", "a@b.c"));
    }

    @Test
    void emptyListIsKeptToClearImages() {
        assertThat(StripeJson.toParams(new ProductParams().images(List.of())))
                .containsExactly(Map.entry("images", List.of()));
    }

    /** A null inside a map is an explicit "unset this key", as in a JSON body; a Java null argument is "not given". */
    @Test
    void nestedMapsKeepTheirNullsBecauseTheyUnsetThatKey() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("line1", "1 Main St");
        address.put("line2", null);
        address.put("postal_code", "10001");
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("crm_id", "6735");
        metadata.put("old_key", "");
        metadata.put("ignored", null);

        Map<String, Object> stripe = StripeJson.toParams(new CustomerParams().address(address).metadata(metadata));

        assertThat(stripe.get("address")).isEqualTo(address);
        assertThat(stripe.get("metadata")).isEqualTo(metadata);
        assertThat(((Map<?, ?>) stripe.get("metadata")).containsKey("ignored")).isTrue();
    }

    @Test
    void setAddsAnyOtherStripeParameterInTheOrderSetAndNullRemovesIt() {
        CustomerParams params = new CustomerParams()
                .email("a@b.c")
                .set("tax_exempt", "reverse")
                .set("preferred_locales", List.of("fr", "en"))
                .set("invoice_settings", Map.of("footer", "Merci"))
                .set("dropped", "x")
                .set("dropped", null)
                .name("Jenny");

        assertThat(StripeJson.toParams(params)).containsExactly(
                Map.entry("email", "a@b.c"),
                Map.entry("tax_exempt", "reverse"),
                Map.entry("preferred_locales", List.of("fr", "en")),
                Map.entry("invoice_settings", Map.of("footer", "Merci")),
                Map.entry("name", "Jenny"));
    }

    @Test
    void beanSettersEqualFluentSetters() {
        CustomerParams bean = new CustomerParams();
        bean.setId("cus_1");
        bean.setDescription("VIP");
        bean.setEmail("a@b.c");
        bean.setName("Jenny");
        bean.setPhone("+1 555");
        bean.setAddress(Map.of("country", "US"));
        bean.setMetadata(Map.of("k", "v"));
        CustomerParams fluent = new CustomerParams().id("cus_1").description("VIP").email("a@b.c").name("Jenny")
                .phone("+1 555").address(Map.of("country", "US")).metadata(Map.of("k", "v"));

        assertThat(StripeJson.toParams(bean)).isEqualTo(StripeJson.toParams(fluent)).hasSize(7);
        assertThat(bean.getPhone()).isEqualTo("+1 555");

        ProductParams product = new ProductParams();
        product.setActive(true);
        product.setCaption("Soft");
        product.setDescription("White");
        product.setUrl("https://example.com");
        assertThat(StripeJson.toParams(product)).containsExactly(Map.entry("active", true),
                Map.entry("caption", "Soft"), Map.entry("description", "White"), Map.entry("url", "https://example.com"));
    }

    @Test
    void paramsBindFromAMapAsARouteOrYamlWouldSendThem() {
        CustomerParams params = StripeJson.mapper().convertValue(
                Map.of("email", "a@b.c", "tax_exempt", "none"), CustomerParams.class);

        assertThat(params.getEmail()).isEqualTo("a@b.c");
        assertThat(params.getUnknownField("tax_exempt")).isEqualTo("none");
    }

    @Test
    void toParamsWritesMultiWordFieldsInSnakeCase() {
        Customer customer = new Customer();
        customer.setAccountBalance(10L);

        assertThat(StripeJson.toParams(customer)).containsExactly(Map.entry("account_balance", 10L));
    }
}
