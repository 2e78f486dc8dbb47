package dev.camelstripe.examples.sandbox;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PricesApiTest extends SandboxTestSupport {

    @Test
    void aPriceOfAProductAndARecurringOneWithANewProduct() {
        String product = client.post("/v1/products", "name=Mug").id();

        SandboxClient.Reply oneTime = client.post("/v1/prices", "currency=usd&unit_amount=1200&product=" + product
                + "&nickname=Standard");
        SandboxClient.Reply monthly = client.post("/v1/prices", "currency=eur&unit_amount=900"
                + "&product_data[name]=Club&recurring[interval]=month&recurring[interval_count]=3");

        assertThat(oneTime.id()).matches("price_[0-9A-Za-z]{14}");
        assertThat(oneTime.json()).containsEntry("object", "price").containsEntry("type", "one_time")
                .containsEntry("unit_amount", 1200).containsEntry("unit_amount_decimal", "1200")
                .containsEntry("product", product).containsEntry("recurring", null).containsEntry("active", true)
                .containsEntry("billing_scheme", "per_unit").containsEntry("nickname", "Standard");
        assertThat(monthly.json()).containsEntry("type", "recurring").containsEntry("currency", "eur");
        assertThat(monthly.json().get("recurring")).isEqualTo(TestMaps.withNulls("aggregate_usage", null,
                "interval", "month", "interval_count", 3, "meter", null, "trial_period_days", null,
                "usage_type", "licensed"));
        String created = (String) monthly.json().get("product");
        assertThat(sandbox.products().get(created)).containsEntry("name", "Club");
        assertThat(client.get("/v1/events").data()).extracting(e -> e.get("type")).containsExactly(
                "price.created", "product.created", "price.created", "product.created");
    }

    @Test
    void badPricesAreRefused() {
        String product = client.post("/v1/products", "name=Mug").id();

        SandboxClient.Reply noProduct = client.post("/v1/prices", "currency=usd&unit_amount=100");
        SandboxClient.Reply both = client.post("/v1/prices", "currency=usd&unit_amount=100&product=" + product
                + "&product_data[name]=X");
        SandboxClient.Reply unknown = client.post("/v1/prices", "currency=usd&unit_amount=100&product=prod_x");
        SandboxClient.Reply interval = client.post("/v1/prices", "currency=usd&unit_amount=100&product=" + product
                + "&recurring[interval]=fortnight");

        assertThat(noProduct.error()).containsEntry("code", "parameter_missing").containsEntry("param", "product");
        assertThat(both.error()).containsEntry("code", "parameters_exclusive");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).containsEntry("param", "product");
        assertThat(interval.error()).containsEntry("code", "parameter_invalid_enum")
                .containsEntry("param", "recurring[interval]");
        assertThat(sandbox.prices().count()).isZero();
    }

    @Test
    void aLookupKeyIsUniqueUnlessTransferred() {
        String product = client.post("/v1/products", "name=Mug").id();
        String first = client.post("/v1/prices", "currency=usd&unit_amount=100&lookup_key=std&product=" + product)
                .id();

        SandboxClient.Reply taken = client.post("/v1/prices", "currency=usd&unit_amount=200&lookup_key=std&product="
                + product);
        SandboxClient.Reply moved = client.post("/v1/prices", "currency=usd&unit_amount=200&lookup_key=std"
                + "&transfer_lookup_key=true&product=" + product);

        assertThat(taken.error()).containsEntry("param", "lookup_key").containsEntry("message",
                "A price (`" + first + "`) already uses that lookup key.");
        assertThat(moved.json()).containsEntry("lookup_key", "std");
        assertThat(sandbox.prices().get(first)).containsEntry("lookup_key", null);
        assertThat(client.get("/v1/prices?lookup_keys[]=std").ids()).containsExactly(moved.id());
    }

    @Test
    void updateListAndSearch() {
        String product = client.post("/v1/products", "name=Mug").id();
        String a = client.post("/v1/prices", "currency=usd&unit_amount=100&product=" + product).id();
        String b = client.post("/v1/prices", "currency=usd&unit_amount=200&product=" + product
                + "&recurring[interval]=year").id();

        SandboxClient.Reply archived = client.post("/v1/prices/" + a, "active=false&metadata[why]=old");
        SandboxClient.Reply amount = client.post("/v1/prices/" + a, "unit_amount=5");
        clock.advanceSeconds(2);

        assertThat(archived.json()).containsEntry("active", false).containsEntry("metadata", Map.of("why", "old"));
        assertThat(amount.error()).containsEntry("code", "parameter_unknown");
        assertThat(client.get("/v1/prices?active=true").ids()).containsExactly(b);
        assertThat(client.get("/v1/prices?type=one_time&product=" + product).ids()).containsExactly(a);
        assertThat(client.search("/v1/prices/search", "active:'false' AND metadata['why']:'old'", "").ids())
                .containsExactly(a);
        assertThat(client.search("/v1/prices/search", "type:'recurring'", "").ids()).containsExactly(b);
    }

    @Test
    void aProductWithPricesCannotBeDeletedOneWithoutCan() {
        String kept = client.post("/v1/products", "name=Mug").id();
        String gone = client.post("/v1/products", "name=Poster").id();
        client.post("/v1/prices", "currency=usd&unit_amount=100&product=" + kept);

        SandboxClient.Reply refused = client.delete("/v1/products/" + kept);
        SandboxClient.Reply deleted = client.delete("/v1/products/" + gone);

        assertThat(refused.status()).isEqualTo(400);
        assertThat((String) refused.error().get("message")).startsWith("This product cannot be deleted");
        assertThat(deleted.json()).isEqualTo(Map.of("id", gone, "object", "product", "deleted", true));
        assertThat(client.get("/v1/products").ids()).containsExactly(kept);
        assertThat(client.get("/v1/products?ids[]=" + kept + "&ids[]=" + gone).ids()).containsExactly(kept);
        assertThat(client.get("/v1/events?type=product.deleted").data()).hasSize(1);
    }
}
