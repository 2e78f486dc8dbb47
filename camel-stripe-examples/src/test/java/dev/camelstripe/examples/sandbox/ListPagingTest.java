package dev.camelstripe.examples.sandbox;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Six customers over three seconds: c1, c2 at T0; c3, c4, c5 at T0+1; c6 at T0+2. Newest first is therefore
 * c6, c5, c4, c3, c2, c1: within one second the later insertion comes first.
 */
class ListPagingTest extends SandboxTestSupport {

    private String c1, c2, c3, c4, c5, c6;

    @BeforeEach
    void createSixCustomers() {
        c1 = customer();
        c2 = customer();
        clock.advanceSeconds(1);
        c3 = customer();
        c4 = customer();
        c5 = customer();
        clock.advanceSeconds(1);
        c6 = customer();
    }

    private String customer() {
        return client.post("/v1/customers", "email=c%40x.io").id();
    }

    @Test
    void listIsNewestFirstWithSameSecondTiesBrokenByInsertion() {
        SandboxClient.Reply reply = client.get("/v1/customers");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().keySet()).containsExactly("object", "data", "has_more", "url");
        assertThat(reply.json()).containsEntry("object", "list").containsEntry("has_more", false)
                .containsEntry("url", "/v1/customers");
        assertThat(reply.ids()).containsExactly(c6, c5, c4, c3, c2, c1);
        assertThat(sandbox.customers().all()).extracting(o -> o.get("id")).containsExactly(c6, c5, c4, c3, c2, c1);
    }

    @Test
    void startingAfterWalksOlder() {
        SandboxClient.Reply first = client.get("/v1/customers?limit=2");
        SandboxClient.Reply second = client.get("/v1/customers?limit=2&starting_after=" + c5);
        SandboxClient.Reply last = client.get("/v1/customers?limit=2&starting_after=" + c3);
        SandboxClient.Reply beyond = client.get("/v1/customers?limit=2&starting_after=" + c1);

        assertThat(first.ids()).containsExactly(c6, c5);
        assertThat(first.json()).containsEntry("has_more", true);
        assertThat(second.ids()).containsExactly(c4, c3);
        assertThat(second.json()).containsEntry("has_more", true);
        assertThat(last.ids()).containsExactly(c2, c1);
        assertThat(last.json()).containsEntry("has_more", false);
        assertThat(beyond.ids()).isEmpty();
        assertThat(beyond.json()).containsEntry("has_more", false);
    }

    @Test
    void endingBeforeReturnsTheAdjacentNewerItemsNewestFirst() {
        SandboxClient.Reply adjacent = client.get("/v1/customers?limit=2&ending_before=" + c2);
        SandboxClient.Reply top = client.get("/v1/customers?limit=2&ending_before=" + c4);
        SandboxClient.Reply none = client.get("/v1/customers?ending_before=" + c6);

        assertThat(adjacent.ids()).containsExactly(c4, c3);
        assertThat(adjacent.json()).containsEntry("has_more", true);
        assertThat(top.ids()).containsExactly(c6, c5);
        assertThat(top.json()).containsEntry("has_more", false);
        assertThat(none.ids()).isEmpty();
        assertThat(none.json()).containsEntry("has_more", false);
    }

    @Test
    void createdFiltersApplyBeforePaging() {
        assertThat(client.get("/v1/customers?created[gte]=" + (T0 + 1)).ids()).containsExactly(c6, c5, c4, c3);
        assertThat(client.get("/v1/customers?created%5Bgt%5D=" + (T0 + 1)).ids()).containsExactly(c6);
        assertThat(client.get("/v1/customers?created[lt]=" + (T0 + 1)).ids()).containsExactly(c2, c1);
        assertThat(client.get("/v1/customers?created[lte]=" + (T0 + 1) + "&created[gt]=" + T0).ids())
                .containsExactly(c5, c4, c3);
        assertThat(client.get("/v1/customers?created=" + (T0 + 1)).ids()).containsExactly(c5, c4, c3);

        SandboxClient.Reply page1 = client.get("/v1/customers?created[gte]=" + (T0 + 1) + "&limit=2");
        SandboxClient.Reply page2 = client.get("/v1/customers?created[gte]=" + (T0 + 1) + "&limit=2&starting_after="
                + c5);
        assertThat(page1.ids()).containsExactly(c6, c5);
        assertThat(page1.json()).containsEntry("has_more", true);
        assertThat(page2.ids()).containsExactly(c4, c3);
        assertThat(page2.json()).containsEntry("has_more", false);
    }

    @Test
    void limitMustBeWithinOneToAHundred() {
        for (String bad : new String[] {"0", "101", "-3"}) {
            SandboxClient.Reply reply = client.get("/v1/customers?limit=" + bad);
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.error()).containsEntry("type", "invalid_request_error")
                    .containsEntry("code", "parameter_invalid_integer").containsEntry("param", "limit")
                    .containsEntry("message", "Invalid limit: must be between 1 and 100");
        }
        assertThat(client.get("/v1/customers?limit=abc").error()).containsEntry("message", "Invalid integer: abc");
        assertThat(client.get("/v1/customers?limit=1").ids()).containsExactly(c6);
        assertThat(client.get("/v1/customers?limit=100").ids()).hasSize(6);
    }

    @Test
    void defaultLimitIsTen() {
        for (int i = 0; i < 5; i++) {
            customer();
        }
        SandboxClient.Reply reply = client.get("/v1/customers");

        assertThat(reply.ids()).hasSize(10).endsWith(c6, c5, c4, c3, c2);
        assertThat(reply.json()).containsEntry("has_more", true);
    }

    @Test
    void bothCursorsAreRejected() {
        SandboxClient.Reply reply = client.get("/v1/customers?starting_after=" + c3 + "&ending_before=" + c5);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).containsEntry("code", "parameters_exclusive");
    }

    @Test
    void unknownCursorIs404NamingTheCursor() {
        SandboxClient.Reply after = client.get("/v1/customers?starting_after=cus_nope");
        SandboxClient.Reply before = client.get("/v1/customers?ending_before=cus_nope");

        assertThat(after.status()).isEqualTo(404);
        assertThat(after.error()).isEqualTo(Map.of("type", "invalid_request_error", "code", "resource_missing",
                "message", "No such customer: 'cus_nope'", "param", "starting_after",
                "doc_url", "https://stripe.com/docs/error-codes/resource-missing"));
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.error()).containsEntry("param", "ending_before");
    }

    @Test
    void deletedCustomerLeavesTheListAndCannotBeACursor() {
        sandbox.customers().delete(c4);

        assertThat(client.get("/v1/customers").ids()).containsExactly(c6, c5, c3, c2, c1);
        assertThat(client.get("/v1/customers?limit=2&starting_after=" + c5).ids()).containsExactly(c3, c2);
        assertThat(client.get("/v1/customers?starting_after=" + c4).status()).isEqualTo(404);
    }

    @Test
    void unknownListParameterIsRejected() {
        SandboxClient.Reply reply = client.get("/v1/customers?sort=asc");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).containsEntry("message", "Received unknown parameter: sort")
                .containsEntry("param", "sort");
    }

    @Test
    void chargesListFiltersByCustomer() {
        String a = sandbox.charges().create(Map.of("customer", c1, "amount", 100L)).get("id").toString();
        String b = sandbox.charges().create(Map.of("customer", c2, "amount", 200L)).get("id").toString();
        String c = sandbox.charges().create(Map.of("customer", c1, "amount", 300L)).get("id").toString();

        SandboxClient.Reply all = client.get("/v1/charges");
        SandboxClient.Reply ofC1 = client.get("/v1/charges?customer=" + c1 + "&expand[]=data.customer");

        assertThat(all.ids()).containsExactly(c, b, a);
        assertThat(all.json()).containsEntry("url", "/v1/charges");
        assertThat(ofC1.ids()).containsExactly(c, a);
    }

    @Test
    void invoiceItemsFilterOnCreatedAlthoughTheyShowDate() {
        String old = sandbox.invoiceItems().create(Map.of("customer", c1)).get("id").toString();
        clock.advanceSeconds(10);
        Map<String, Object> recent = sandbox.invoiceItems().create(Map.of("customer", c1));

        SandboxClient.Reply reply = client.get("/v1/invoiceitems?created[gte]=" + (T0 + 12));

        assertThat(recent).containsEntry("date", T0 + 12).doesNotContainKey("created");
        assertThat(reply.ids()).containsExactly(recent.get("id"));
        assertThat(reply.json()).containsEntry("url", "/v1/invoiceitems");
        assertThat(client.get("/v1/invoiceitems?created[lt]=" + (T0 + 12)).ids()).containsExactly(old);
    }

    @Test
    void storeListingIsTheSameCodePath() {
        ListPage page = sandbox.customers().list(ListQuery.firstPage(3).startingAfter(c6));

        assertThat(page.ids()).containsExactly(c5, c4, c3);
        assertThat(page.hasMore()).isTrue();
        assertThat(sandbox.customers().list(ListQuery.firstPage(3).endingBefore(c1)).ids())
                .containsExactly(c4, c3, c2);
    }
}
