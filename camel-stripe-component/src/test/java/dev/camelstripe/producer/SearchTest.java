package dev.camelstripe.producer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.StripeConnectionException;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.StripeSearchResult;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * searchCustomers: one page with its next_page token and count in headers, or with autoPaginate every object across
 * pages, asked for with {@code page} set to the previous answer's {@code next_page} (Stripe's API reference, "Search"
 * under "Pagination"). WireMock answers each page token; its journal is the exact request sequence.
 */
class SearchTest extends ProducerTestSupport {

    final List<String> walked = new CopyOnWriteArrayList<>();

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:search").to("stripe:searchCustomers?autoPaginate=true")
                        .split(body()).streaming()
                        .process(e -> walked.add(e.getMessage().getBody(Customer.class).getId()));
            }
        };
    }

    @Test
    void searchWalksPagesWithTheNextPageToken() {
        stubSearch(null, "{\"object\":\"search_result\",\"url\":\"/v1/customers/search\",\"has_more\":true,"
                         + "\"next_page\":\"tok_2\",\"data\":[" + customer("cus_a") + "," + customer("cus_b") + "]}");
        stubSearch("tok_2", "{\"object\":\"search_result\",\"url\":\"/v1/customers/search\",\"has_more\":true,"
                            + "\"next_page\":\"tok_3\",\"data\":[" + customer("cus_c") + "]}");
        stubSearch("tok_3", "{\"object\":\"search_result\",\"url\":\"/v1/customers/search\",\"has_more\":false,"
                            + "\"next_page\":null,\"data\":[" + customer("cus_d") + "]}");

        Exchange out = template.send("direct:search",
                e -> e.getMessage().setBody("{\"query\": \"email:'a@example.com'\", \"limit\": 2}"));

        assertThat(out.getException()).isNull();
        assertThat(walked).containsExactly("cus_a", "cus_b", "cus_c", "cus_d");
        assertThat(searchQueries()).containsExactly(
                "query=email%3A%27a%40example.com%27&limit=2",
                "query=email%3A%27a%40example.com%27&limit=2&page=tok_2",
                "query=email%3A%27a%40example.com%27&limit=2&page=tok_3");
    }

    @Test
    void oneSearchPageWithItsTokenAndCountInHeaders() {
        stubSearch(null, "{\"object\":\"search_result\",\"url\":\"/v1/customers/search\",\"has_more\":true,"
                         + "\"next_page\":\"tok_2\",\"total_count\":7,\"data\":[" + customer("cus_a") + "]}");

        Exchange out = template.send("stripe:searchCustomers",
                e -> e.getMessage().setBody(Map.of("query", "name:'Jenny'")));

        StripeSearchResult<Customer> page = out.getMessage().getBody(StripeSearchResult.class);
        assertThat(page.getObject()).isEqualTo("search_result");
        assertThat(page.getData()).extracting(Customer::getId).containsExactly("cus_a");
        assertThat(page.getNextPage()).isEqualTo("tok_2");
        assertThat(out.getMessage().getHeaders()).containsEntry(StripeConstants.HAS_MORE, true)
                .containsEntry(StripeConstants.NEXT_PAGE, "tok_2").containsEntry(StripeConstants.TOTAL_COUNT, 7L)
                .doesNotContainKey(StripeConstants.LAST_ID);
    }

    @Test
    void aSearchWithoutAQueryFailsBeforeSending() {
        Exchange out = template.send("stripe:searchCustomers", e -> e.getMessage().setBody(Map.of("limit", 5)));

        assertThat(out.getException()).isInstanceOfSatisfying(StripeParameterException.class,
                e -> assertThat(e.getParam()).isEqualTo("query"))
                .hasMessageStartingWith("searchCustomers needs query: a Stripe search query");
        assertThat(stripe.getAllServeEvents()).isEmpty();
    }

    @Test
    void aSearchPageClaimingMoreWithoutATokenFailsRatherThanEndingAsIfComplete() {
        stubSearch(null, "{\"object\":\"search_result\",\"has_more\":true,\"data\":[" + customer("cus_a") + "]}");

        Exchange out = template.send("direct:search", e -> e.getMessage().setBody(Map.of("query", "name:'x'")));

        assertThat(walked).isEmpty(); // the splitter's look-ahead past cus_a fails before cus_a is processed
        assertThat(out.getException()).isInstanceOf(StripeConnectionException.class)
                .hasMessage("GET /v1/customers/search answered page 1 with has_more true but no next_page; paging"
                            + " stopped after 1 object(s)");
    }

    private void stubSearch(String page, String json) {
        var request = get(urlPathEqualTo("/v1/customers/search"));
        request = page == null ? request.withQueryParam("page", absent()) : request.withQueryParam("page", equalTo(page));
        stripe.stubFor(request.willReturn(okJson(json).withHeader("Request-Id", "req_search")));
    }

    private static String customer(String id) {
        return "{\"id\":\"" + id + "\",\"object\":\"customer\",\"created\":1700000000}";
    }

    private List<String> searchQueries() {
        List<String> queries = new ArrayList<>(stripe.getAllServeEvents().stream()
                .map(e -> e.getRequest().getUrl().substring(e.getRequest().getUrl().indexOf('?') + 1)).toList());
        Collections.reverse(queries); // the journal is newest first
        return queries;
    }
}
