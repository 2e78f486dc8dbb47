package dev.camelstripe.examples.sandbox;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductsApiTest extends SandboxTestSupport {

    @Test
    void createReturnsTheFullProductAndStoresIt() {
        SandboxClient.Reply reply = client.post("/v1/products", "name=T-shirt&description=Soft+cotton"
                + "&images[0]=https%3A%2F%2Fimg.example%2F1.png&images[1]=https%3A%2F%2Fimg.example%2F2.png"
                + "&shippable=true&active=false&url=https%3A%2F%2Fshop.example%2Ftee&metadata[sku]=TEE-1"
                + "&expand[]=default_price");

        assertThat(reply.status()).isEqualTo(200);
        Map<String, Object> product = reply.json();
        assertThat(product.keySet()).containsExactly("id", "object", "active", "attributes", "created",
                "default_price", "description", "images", "livemode", "marketing_features", "metadata", "name",
                "package_dimensions", "shippable", "statement_descriptor", "tax_code", "type", "unit_label",
                "updated", "url");
        assertThat(reply.id()).matches("prod_[0-9A-Za-z]{14}");
        assertThat(product).containsEntry("object", "product").containsEntry("name", "T-shirt")
                .containsEntry("description", "Soft cotton").containsEntry("active", false)
                .containsEntry("shippable", true).containsEntry("url", "https://shop.example/tee")
                .containsEntry("livemode", false).containsEntry("created", (int) T0)
                .containsEntry("updated", (int) T0).containsEntry("metadata", Map.of("sku", "TEE-1"))
                .containsEntry("images", List.of("https://img.example/1.png", "https://img.example/2.png"))
                .containsEntry("statement_descriptor", null).containsEntry("type", "service");
        assertThat(sandbox.products().get(reply.id())).containsEntry("name", "T-shirt");
        assertThat(client.get("/v1/products/" + reply.id()).json()).isEqualTo(product);
    }

    @Test
    void customIdIsKeptAndADuplicateIsRejected() {
        SandboxClient.Reply first = client.post("/v1/products", "id=tee-classic&name=Classic");
        SandboxClient.Reply second = client.post("/v1/products", "id=tee-classic&name=Other");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.id()).isEqualTo("tee-classic");
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.error()).isEqualTo(Map.of("type", "invalid_request_error",
                "code", "resource_already_exists", "message", "Product already exists.", "param", "id",
                "doc_url", "https://stripe.com/docs/error-codes/resource-already-exists"));
        assertThat(sandbox.products().get("tee-classic")).containsEntry("name", "Classic");
        assertThat(sandbox.products().count()).isEqualTo(1);
    }

    @Test
    void updateChangesOnlyTheGivenFieldsAndBumpsUpdated() {
        String id = client.post("/v1/products", "name=Mug&description=Big&metadata[a]=1&metadata[b]=2"
                + "&images[0]=x.png").id();
        clock.advanceSeconds(90);

        SandboxClient.Reply reply = client.post("/v1/products/" + id, "name=Mug+XL&metadata[a]=&metadata[c]=3");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("name", "Mug XL").containsEntry("description", "Big")
                .containsEntry("images", List.of("x.png")).containsEntry("metadata", Map.of("b", "2", "c", "3"))
                .containsEntry("created", (int) T0).containsEntry("updated", (int) (T0 + 90));
    }

    @Test
    void emptyValuesUnsetFields() {
        String id = client.post("/v1/products", "name=Mug&description=Big&url=https%3A%2F%2Fu&metadata[a]=1"
                + "&images[0]=x.png").id();

        Map<String, Object> updated = client.post("/v1/products/" + id, "description=&url=&images=&metadata=")
                .json();

        assertThat(updated).containsEntry("description", null).containsEntry("url", null)
                .containsEntry("images", List.of()).containsEntry("metadata", Map.of())
                .containsEntry("name", "Mug");
    }

    @Test
    void unknownParameterIsRejectedByName() {
        SandboxClient.Reply reply = client.post("/v1/products", "name=Mug&caption=Legacy+one-liner");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo(Map.of("type", "invalid_request_error", "code", "parameter_unknown",
                "message", "Received unknown parameter: caption", "param", "caption",
                "doc_url", "https://stripe.com/docs/error-codes/parameter-unknown"));
        assertThat(sandbox.products().count()).isZero();
    }

    @Test
    void nameIsRequiredOnCreateAndCannotBeEmptied() {
        SandboxClient.Reply missing = client.post("/v1/products", "description=Nameless");
        String id = client.post("/v1/products", "name=Mug").id();
        SandboxClient.Reply emptied = client.post("/v1/products/" + id, "name=");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.error()).containsEntry("code", "parameter_missing").containsEntry("param", "name")
                .containsEntry("message", "Missing required param: name.");
        assertThat(emptied.status()).isEqualTo(400);
        assertThat(emptied.error()).containsEntry("code", "parameter_invalid_empty").containsEntry("param", "name");
        assertThat(sandbox.products().get(id)).containsEntry("name", "Mug");
    }

    @Test
    void badBooleanIsRejected() {
        SandboxClient.Reply reply = client.post("/v1/products", "name=Mug&active=maybe");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).containsEntry("type", "invalid_request_error")
                .containsEntry("code", "parameter_invalid_boolean").containsEntry("param", "active")
                .containsEntry("message", "Invalid boolean: maybe");
    }

    @Test
    void imagesMustBeAListOfAtMostEight() {
        StringBuilder nine = new StringBuilder("name=Mug");
        for (int i = 0; i < 9; i++) {
            nine.append("&images[").append(i).append("]=i").append(i).append(".png");
        }
        SandboxClient.Reply tooMany = client.post("/v1/products", nine.toString());
        SandboxClient.Reply notAList = client.post("/v1/products", "name=Mug&images=one.png");
        SandboxClient.Reply eight = client.post("/v1/products", nine.toString().replace("&images[8]=i8.png", ""));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.error()).containsEntry("code", "parameter_invalid_array").containsEntry("param", "images")
                .containsEntry("message", "Invalid array: images must have at most 8 items, got 9");
        assertThat(notAList.status()).isEqualTo(400);
        assertThat(notAList.error()).containsEntry("code", "parameter_invalid_array").containsEntry("param", "images");
        assertThat(eight.status()).isEqualTo(200);
        assertThat((List<?>) eight.json().get("images")).hasSize(8);
    }

    @Test
    void unknownIdIs404ForGetAndUpdate() {
        SandboxClient.Reply get = client.get("/v1/products/prod_nope");
        SandboxClient.Reply update = client.post("/v1/products/prod_nope", "name=X");

        Map<String, Object> expected = Map.of("type", "invalid_request_error", "code", "resource_missing",
                "message", "No such product: 'prod_nope'", "param", "id",
                "doc_url", "https://stripe.com/docs/error-codes/resource-missing");
        assertThat(get.status()).isEqualTo(404);
        assertThat(get.error()).isEqualTo(expected);
        assertThat(update.status()).isEqualTo(404);
        assertThat(update.error()).isEqualTo(expected);
    }

    @Test
    void updateCannotChangeTheId() {
        String id = client.post("/v1/products", "name=Mug").id();

        SandboxClient.Reply reply = client.post("/v1/products/" + id, "id=other");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).containsEntry("code", "parameter_unknown").containsEntry("param", "id");
    }

    @Test
    void retrieveAcceptsExpandButNothingElse() {
        String id = client.post("/v1/products", "name=Mug").id();

        SandboxClient.Reply expanded = client.get("/v1/products/" + id + "?expand[]=default_price");
        SandboxClient.Reply unknown = client.get("/v1/products/" + id + "?fields=name");

        assertThat(expanded.status()).isEqualTo(200);
        assertThat(expanded.json()).containsEntry("id", id).containsEntry("default_price", null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error()).containsEntry("message", "Received unknown parameter: fields")
                .containsEntry("param", "fields");
    }
}
