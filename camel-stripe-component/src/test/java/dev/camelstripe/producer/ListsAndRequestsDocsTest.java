package dev.camelstripe.producer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.UntypedStripeObject;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The Java and YAML routes of docs/lists-and-requests.md, run against WireMock. */
class ListsAndRequestsDocsTest extends ProducerTestSupport {

    final List<String> customers = new CopyOnWriteArrayList<>();

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:oneCustomer").process(e -> customers.add(e.getMessage().getBody(Customer.class).getId()));

                // docs: autoPaginate
                from("direct:exportCustomers")
                        .setBody(constant(Map.of("created", Map.of("gte", 1_700_000_000L), "limit", 100)))
                        .to("stripe:listCustomers?autoPaginate=true&maxObjects=50000")
                        .split(body()).streaming()
                            .to("direct:oneCustomer")
                        .end();

                // docs: one page
                from("direct:firstPage")
                        .setBody(constant(Map.of("limit", 10)))
                        .to("stripe:listCustomers")
                        .log("more: ${header.CamelStripeHasMore}, next page after ${header.CamelStripeLastId}");

                // docs: search
                from("direct:findByEmail")
                        .process(e -> e.getMessage().setBody(Map.of("query",
                                "email:'" + e.getMessage().getHeader("email") + "'")))
                        .to("stripe:searchCustomers?autoPaginate=true")
                        .split(body()).streaming()
                            .to("direct:oneCustomer")
                        .end();

                // docs: request
                from("direct:balance")
                        .to("stripe:request?method=GET&path=/v1/balance");

                from("direct:creditCustomer")
                        .setHeader(StripeConstants.OBJECT_ID, header("customerId"))
                        .setBody(simple("{\"amount\": -${header.cents}, \"currency\": \"usd\"}"))
                        .to("stripe:request?method=POST&path=/v1/customers/{id}/balance_transactions");

                from("direct:deleteProduct")
                        .setHeader(StripeConstants.METHOD, constant("DELETE"))
                        .setHeader(StripeConstants.PATH, constant("/v1/products/{id}"))
                        .to("stripe:request");

                // docs: walking a list the table does not declare
                from("direct:oneTransaction").process(e -> customers.add(
                        e.getMessage().getBody(UntypedStripeObject.class).getId()));

                from("direct:customerLedger")
                        .setHeader(StripeConstants.PATH, simple("/v1/customers/${header.customerId}/balance_transactions"))
                        .to("stripe:request?method=GET&autoPaginate=true")
                        .split(body()).streaming()
                            .to("direct:oneTransaction")
                        .end();
            }
        };
    }

    @Test
    void theExportWalksEveryPage() {
        stubCustomerPages();

        template.sendBody("direct:exportCustomers", null);

        assertThat(customers).containsExactly("cus_3", "cus_2", "cus_1");
        stripe.verify(1, getRequestedFor(urlPathEqualTo("/v1/customers"))
                .withQueryParam("created[gte]", equalTo("1700000000")).withQueryParam("limit", equalTo("100"))
                .withQueryParam("starting_after", absent()).withHeader("Idempotency-Key", absent()));
        stripe.verify(1, getRequestedFor(urlPathEqualTo("/v1/customers"))
                .withQueryParam("created[gte]", equalTo("1700000000")).withQueryParam("limit", equalTo("100"))
                .withQueryParam("starting_after", equalTo("cus_2")));
        stripe.verify(2, getRequestedFor(urlPathEqualTo("/v1/customers")));
    }

    @Test
    void theFirstPageCarriesItsCursor() {
        stubCustomerPages();

        Exchange out = template.request("direct:firstPage", e -> { });

        assertThat(out.getMessage().getHeaders()).containsEntry(StripeConstants.HAS_MORE, true)
                .containsEntry(StripeConstants.LAST_ID, "cus_2");
    }

    @Test
    void theSearchFindsByEmail() {
        stripe.stubFor(get(urlPathEqualTo("/v1/customers/search")).withQueryParam("query",
                equalTo("email:'jenny@example.com'")).willReturn(okJson("{\"object\":\"search_result\","
                + "\"has_more\":false,\"data\":[" + customer("cus_j") + "]}")));

        template.sendBodyAndHeader("direct:findByEmail", null, "email", "jenny@example.com");

        assertThat(customers).containsExactly("cus_j");
    }

    @Test
    void theRequestsReachCallsTheTableDoesNotKnow() {
        stripe.stubFor(get(urlEqualTo("/v1/balance")).willReturn(okJson("{\"object\":\"balance\",\"available\":[]}")));
        stripe.stubFor(post(urlEqualTo("/v1/customers/cus_1/balance_transactions")).willReturn(okJson(
                "{\"id\":\"cbtxn_1\",\"object\":\"customer_balance_transaction\"}")));
        stripe.stubFor(delete(urlEqualTo("/v1/products/prod_1")).willReturn(okJson(
                "{\"id\":\"prod_1\",\"object\":\"product\",\"deleted\":true}")));

        UntypedStripeObject balance = template.requestBody("direct:balance", null, UntypedStripeObject.class);
        template.sendBodyAndHeaders("direct:creditCustomer", null, Map.of("customerId", "cus_1", "cents", 500));
        UntypedStripeObject deleted = template.requestBodyAndHeader("direct:deleteProduct", null,
                StripeConstants.OBJECT_ID, "prod_1", UntypedStripeObject.class);

        assertThat(balance.getObject()).isEqualTo("balance");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/customers/cus_1/balance_transactions"))
                .withRequestBody(equalTo("amount=-500&currency=usd")));
        assertThat(deleted.getUnknownField("deleted")).isEqualTo(true);
        stripe.verify(deleteRequestedFor(urlEqualTo("/v1/products/prod_1")).withHeader("Idempotency-Key", absent()));
    }

    @Test
    void theLedgerWalksEveryBalanceTransactionOfTheCustomer() {
        String path = "/v1/customers/cus_1/balance_transactions";
        stripe.stubFor(get(urlEqualTo(path + "?limit=100")).willReturn(okJson("{\"object\":\"list\",\"has_more\":true,"
                + "\"data\":[{\"id\":\"cbtxn_2\",\"object\":\"customer_balance_transaction\"}]}")));
        stripe.stubFor(get(urlEqualTo(path + "?limit=100&starting_after=cbtxn_2")).willReturn(okJson(
                "{\"object\":\"list\",\"has_more\":false,"
                + "\"data\":[{\"id\":\"cbtxn_1\",\"object\":\"customer_balance_transaction\"}]}")));

        template.sendBodyAndHeader("direct:customerLedger", null, "customerId", "cus_1");

        assertThat(customers).containsExactly("cbtxn_2", "cbtxn_1");
        stripe.verify(2, getRequestedFor(urlPathEqualTo(path)).withHeader("Idempotency-Key", absent()));
    }

    @Test
    void theYamlRoutesWalkAndRequest() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("lists-and-requests-routes.yaml",
                fixture("producer/lists-and-requests-routes.yaml")));
        stubCustomerPages();
        stripe.stubFor(get(urlEqualTo("/v1/balance")).willReturn(okJson("{\"object\":\"balance\",\"available\":[]}")));
        MockEndpoint mock = context.getEndpoint("mock:customer", MockEndpoint.class);
        mock.expectedMessageCount(3);

        template.sendBody("direct:yamlExportCustomers", null);
        UntypedStripeObject balance = template.requestBody("direct:yamlBalance", null, UntypedStripeObject.class);

        mock.assertIsSatisfied();
        assertThat(mock.getExchanges()).extracting(e -> e.getMessage().getBody(Customer.class).getId())
                .containsExactly("cus_3", "cus_2", "cus_1");
        assertThat(balance.getObject()).isEqualTo("balance");
    }

    /** cus_3, cus_2 on the first page, cus_1 after cus_2, whatever the filters. */
    private void stubCustomerPages() {
        stripe.stubFor(get(urlPathEqualTo("/v1/customers")).withQueryParam("starting_after", absent())
                .willReturn(okJson("{\"object\":\"list\",\"has_more\":true,\"data\":[" + customer("cus_3") + ","
                                   + customer("cus_2") + "]}")));
        stripe.stubFor(get(urlPathEqualTo("/v1/customers")).withQueryParam("starting_after", equalTo("cus_2"))
                .willReturn(okJson("{\"object\":\"list\",\"has_more\":false,\"data\":[" + customer("cus_1") + "]}")));
    }

    private static String customer(String id) {
        return "{\"id\":\"" + id + "\",\"object\":\"customer\",\"created\":1700000001}";
    }
}
