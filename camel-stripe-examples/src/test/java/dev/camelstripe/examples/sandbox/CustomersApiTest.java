package dev.camelstripe.examples.sandbox;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomersApiTest extends SandboxTestSupport {

    @Test
    void createParsesNestedAddressAndShipping() {
        SandboxClient.Reply reply = client.post("/v1/customers", "email=ada%40example.com&name=Ada"
                + "&address[line1]=12+St+James%27s+Sq&address[city]=London&address[country]=GB"
                + "&shipping[name]=Ada&shipping[address][postal_code]=SW1Y&preferred_locales[0]=en"
                + "&preferred_locales[1]=fr&balance=-500&metadata[tier]=gold");

        assertThat(reply.status()).isEqualTo(200);
        Map<String, Object> customer = reply.json();
        assertThat(reply.id()).matches("cus_[0-9A-Za-z]{14}");
        assertThat(customer).containsEntry("object", "customer").containsEntry("email", "ada@example.com")
                .containsEntry("name", "Ada").containsEntry("balance", -500).containsEntry("created", (int) T0)
                .containsEntry("delinquent", false).containsEntry("livemode", false)
                .containsEntry("tax_exempt", "none").containsEntry("preferred_locales", List.of("en", "fr"))
                .containsEntry("metadata", Map.of("tier", "gold")).containsEntry("discount", null);
        assertThat(customer.get("address")).isEqualTo(TestMaps.withNulls("city", "London", "country", "GB",
                "line1", "12 St James's Sq", "line2", null, "postal_code", null, "state", null));
        assertThat(customer.get("shipping")).isEqualTo(TestMaps.withNulls("address", TestMaps.withNulls("city", null, "country", null,
                "line1", null, "line2", null, "postal_code", "SW1Y", "state", null), "name", "Ada", "phone", null));
    }

    @Test
    void updateChangesGivenFieldsAndEmptyUnsets() {
        String id = client.post("/v1/customers", "email=a%40x.io&description=VIP&phone=123").id();

        Map<String, Object> updated = client.post("/v1/customers/" + id, "description=&email=b%40x.io").json();

        assertThat(updated).containsEntry("description", null).containsEntry("email", "b@x.io")
                .containsEntry("phone", "123");
        assertThat(client.get("/v1/customers/" + id).json()).isEqualTo(updated);
    }

    @Test
    void unknownNestedKeyAndBadEnumAreRejected() {
        SandboxClient.Reply nested = client.post("/v1/customers", "address[street]=Main");
        SandboxClient.Reply legacyBalance = client.post("/v1/customers", "account_balance=5");
        SandboxClient.Reply taxExempt = client.post("/v1/customers", "tax_exempt=sometimes");

        assertThat(nested.error()).containsEntry("code", "parameter_unknown")
                .containsEntry("message", "Received unknown parameter: address[street]")
                .containsEntry("param", "address[street]");
        assertThat(legacyBalance.error()).containsEntry("param", "account_balance");
        assertThat(taxExempt.status()).isEqualTo(400);
        assertThat(taxExempt.error()).containsEntry("param", "tax_exempt");
        assertThat(sandbox.customers().count()).isZero();
    }

    @Test
    void deleteReturnsTheStubWhichGetKeepsReturning() {
        String id = client.post("/v1/customers", "email=gone%40x.io").id();

        SandboxClient.Reply deleted = client.delete("/v1/customers/" + id);

        Map<String, Object> stub = Map.of("id", id, "object", "customer", "deleted", true);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json()).isEqualTo(stub);
        assertThat(client.get("/v1/customers/" + id).json()).isEqualTo(stub);
        assertThat(sandbox.customers().find(id)).contains(stub);
        assertThat(sandbox.customers().count()).isZero();
    }

    @Test
    void deletedCustomerCannotBeUpdatedOrDeletedAgainAndLeavesTheList() {
        String kept = client.post("/v1/customers", "email=kept%40x.io").id();
        String gone = client.post("/v1/customers", "email=gone%40x.io").id();
        client.delete("/v1/customers/" + gone);

        SandboxClient.Reply update = client.post("/v1/customers/" + gone, "email=back%40x.io");
        SandboxClient.Reply again = client.delete("/v1/customers/" + gone);

        assertThat(update.status()).isEqualTo(404);
        assertThat(update.error()).containsEntry("message", "No such customer: '" + gone + "'")
                .containsEntry("param", "id");
        assertThat(again.status()).isEqualTo(404);
        assertThat(client.get("/v1/customers").ids()).containsExactly(kept);
    }

    @Test
    void unknownCustomerIs404WithExactFields() {
        SandboxClient.Reply reply = client.get("/v1/customers/cus_x");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo(Map.of("type", "invalid_request_error", "code", "resource_missing",
                "message", "No such customer: 'cus_x'", "param", "id",
                "doc_url", "https://stripe.com/docs/error-codes/resource-missing"));
    }
}
