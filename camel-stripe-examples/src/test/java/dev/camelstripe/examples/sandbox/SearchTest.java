package dev.camelstripe.examples.sandbox;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Search over customers: the query subset, paging, and the delay before a write is searchable. */
class SearchTest extends SandboxTestSupport {

    private String ada;
    private String alan;
    private String grace;

    @BeforeEach
    void threeCustomersSearchableNow() {
        ada = client.post("/v1/customers", "email=ada%40example.com&name=Ada+Lovelace&metadata[tier]=gold").id();
        clock.advanceSeconds(1);
        alan = client.post("/v1/customers", "email=alan%40example.com&name=Alan+Turing&metadata[tier]=silver").id();
        clock.advanceSeconds(1);
        grace = client.post("/v1/customers", "email=grace%40navy.mil&name=Grace+Hopper&phone=555").id();
        clock.advance(StoreContext.DEFAULT_SEARCH_DELAY);
    }

    private SandboxClient.Reply search(String query) {
        return client.search("/v1/customers/search", query, "");
    }

    @Test
    void theSearchResultObject() {
        SandboxClient.Reply reply = search("email:'ada@example.com'");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().keySet()).containsExactly("object", "data", "has_more", "next_page", "url");
        assertThat(reply.json()).containsEntry("object", "search_result").containsEntry("has_more", false)
                .containsEntry("next_page", null).containsEntry("url", "/v1/customers/search");
        assertThat(reply.ids()).containsExactly(ada);
    }

    @Test
    void theSupportedClauses() {
        assertThat(search("name:\"ada lovelace\"").ids()).as("string match ignores case").containsExactly(ada);
        assertThat(search("metadata['tier']:'gold'").ids()).containsExactly(ada);
        assertThat(search("metadata[\"tier\"]:null").ids()).containsExactly(grace);
        assertThat(search("email~'example.com'").ids()).containsExactly(alan, ada);
        assertThat(search("-email~'example.com'").ids()).containsExactly(grace);
        assertThat(search("created>" + T0).ids()).containsExactly(grace, alan);
        assertThat(search("created>=" + T0 + " AND created<" + (T0 + 2)).ids()).containsExactly(alan, ada);
        assertThat(search("email~'example' metadata['tier']:'silver'").ids()).as("a space is AND")
                .containsExactly(alan);
        assertThat(search("phone:'555' or name:'Ada Lovelace'").ids()).containsExactly(grace, ada);
    }

    @Test
    void pagesFollowNextPage() {
        SandboxClient.Reply first = client.search("/v1/customers/search", "created>0", "&limit=2");
        SandboxClient.Reply second = client.search("/v1/customers/search", "created>0", "&limit=2&page="
                + first.json().get("next_page"));

        assertThat(first.ids()).containsExactly(grace, alan);
        assertThat(first.json()).containsEntry("has_more", true);
        assertThat((String) first.json().get("next_page")).isNotBlank();
        assertThat(second.ids()).containsExactly(ada);
        assertThat(second.json()).containsEntry("has_more", false).containsEntry("next_page", null);
        assertThat(client.search("/v1/customers/search", "created>0", "&expand[]=total_count").json())
                .containsEntry("total_count", 3);
    }

    @Test
    void aWriteIsSearchableOnlyAfterTheSearchDelay() {
        String late = client.post("/v1/customers", "email=late%40example.com").id();
        client.post("/v1/customers/" + ada, "email=ada%40lovelace.org");
        client.delete("/v1/customers/" + alan);

        assertThat(search("email~'example.com'").ids()).as("the index as it was").containsExactly(alan, ada);
        assertThat(client.get("/v1/customers").ids()).as("lists are read-after-write").containsExactly(late, grace,
                ada);

        clock.advance(StoreContext.DEFAULT_SEARCH_DELAY);

        assertThat(search("email~'example.com'").ids()).containsExactly(late);
        assertThat(search("email:'ada@lovelace.org'").ids()).containsExactly(ada);
    }

    @Test
    void aTestCanMakeSearchReadAfterWrite() {
        sandbox.searchDelay(Duration.ZERO);

        String now = client.post("/v1/customers", "email=now%40example.com").id();

        assertThat(search("email:'now@example.com'").ids()).containsExactly(now);
    }

    @Test
    void whatTheSubsetDoesNotKnowIsRefusedWithStripesErrorShape() {
        SandboxClient.Reply field = search("balance>10");
        SandboxClient.Reply mixed = search("name:'a' AND email:'b' OR phone:'c'");
        SandboxClient.Reply parens = search("(name:'a')");
        SandboxClient.Reply shortSubstring = search("email~'ad'");
        SandboxClient.Reply missing = client.get("/v1/customers/search");
        SandboxClient.Reply page = client.search("/v1/customers/search", "created>0", "&page=garbage");

        assertThat(field.status()).isEqualTo(400);
        assertThat(field.error()).containsOnlyKeys("type", "message", "param").containsEntry("param", "query")
                .containsEntry("message", "Field `balance` is an unsupported search field for resource `customers`."
                        + " See https://stripe.com/docs/search#query-fields-for-customers for a list of supported "
                        + "fields.");
        assertThat((String) mixed.error().get("message")).contains("AND and OR cannot be combined");
        assertThat(parens.error()).containsEntry("param", "query");
        assertThat((String) shortSubstring.error().get("message")).contains("at least 3 characters");
        assertThat(missing.error()).containsEntry("code", "parameter_missing").containsEntry("param", "query");
        assertThat(page.error()).containsEntry("param", "page");
    }
}
