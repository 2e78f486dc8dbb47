package dev.camelstripe.producer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.StripeApiErrorException;
import dev.camelstripe.client.StripeConnectionException;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.StripeList;
import dev.camelstripe.model.StripeSearchResult;
import dev.camelstripe.test.FakeStripeLists;
import dev.camelstripe.test.FakeTime;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * listCustomers: one page with its cursor in headers, or with autoPaginate every object across
 * pages, read lazily as Camel's streaming splitter iterates, through the client's retries. "Stripe" is the stateful
 * fake list: its journal is the exact request sequence.
 */
class ListTest {

        final FakeStripeLists lists = new FakeStripeLists();

    @RegisterExtension
    WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(lists)).build();

    CamelContext context;
    ProducerTemplate template;
    final List<String> walked = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startCamel() throws Exception {
        stripe.stubFor(get(urlPathEqualTo("/v1/customers")).willReturn(aResponse().withStatus(200)));
        for (int i = 1; i <= 5; i++) {
            lists.add("/v1/customers", "cus_" + i, 1_700_000_000L + i); // cus_5 is the newest
        }
        context = new DefaultCamelContext();
        context.addComponent("stripe", ProducerTestSupport.component(stripe.baseUrl(), new FakeTime()));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:walk").to("stripe:listCustomers?autoPaginate=true&maxRetries=1")
                        .split(body()).streaming()
                        .process(e -> walked.add(e.getMessage().getBody(Customer.class).getId()));
                from("direct:walkStopOnFailure").to("stripe:listCustomers?autoPaginate=true")
                        .split(body()).streaming().stopOnException()
                        .process(e -> {
                            walked.add(e.getMessage().getBody(Customer.class).getId());
                            throw new IllegalStateException("the route failed on " + walked.get(walked.size() - 1));
                        });
                from("direct:walkAtMost3").to("stripe:listCustomers?autoPaginate=true&maxObjects=3")
                        .split(body()).streaming()
                        .process(e -> walked.add(e.getMessage().getBody(Customer.class).getId()));
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    @Test
    void oneListPageWithFiltersFromTheBodyAndItsCursorInHeaders() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("limit", 2);
        filters.put("created", Map.of("gte", 1_700_000_002L));
        filters.put("expand", List.of("data.default_source"));

        Exchange out = template.send("stripe:listCustomers", e -> e.getMessage().setBody(filters));

        assertThat(out.getException()).isNull();
        StripeList<Customer> page = out.getMessage().getBody(StripeList.class);
        assertThat(page.getData()).extracting(Customer::getId).containsExactly("cus_5", "cus_4");
        assertThat(page.getData()).allSatisfy(c -> assertThat(c).isInstanceOf(Customer.class));
        assertThat(out.getMessage().getHeader(StripeConstants.HAS_MORE)).isEqualTo(true);
        assertThat(out.getMessage().getHeader(StripeConstants.LAST_ID)).isEqualTo("cus_4");
        assertThat(out.getMessage().getHeader(StripeConstants.NEXT_PAGE)).isNull();
        assertThat(out.getMessage().getHeader(StripeConstants.REQUEST_ID)).isEqualTo("req_1");
        assertThat(lists.calls()).containsExactly(
                "/v1/customers?limit=2&created[gte]=1700000002&expand[0]=data.default_source");
        stripe.verify(1, getRequestedFor(urlPathEqualTo("/v1/customers"))
                .withHeader("Idempotency-Key", absent()).withHeader("Authorization", equalTo("Bearer " + ProducerTestSupport.KEY)));
    }

    @Test
    void theNextPageFromTheCursorHeaderWhenTheRouteGoesOnItself() {
        Exchange first = template.send("stripe:listCustomers", e -> e.getMessage().setBody(Map.of("limit", 3)));
        Object cursor = first.getMessage().getHeader(StripeConstants.LAST_ID);
        Exchange second = template.send("stripe:listCustomers",
                e -> e.getMessage().setBody("{\"limit\": 3, \"starting_after\": \"" + cursor + "\"}"));

        assertThat(second.getMessage().getBody(StripeList.class).getData()).extracting(o -> ((Customer) o).getId())
                .containsExactly("cus_2", "cus_1");
        assertThat(second.getMessage().getHeader(StripeConstants.HAS_MORE)).isEqualTo(false);
        assertThat(lists.calls()).containsExactly("/v1/customers?limit=3",
                "/v1/customers?limit=3&starting_after=cus_3");
    }

    @Test
    void autoPaginateWalksEveryPageAndRetriesA429MidWalk() {
        // the third call (the second page) is a lock_timeout 429 that Stripe marks Stripe-Should-Retry: true
        lists.beforeRequest(2, () -> lists.failNext(429, "invalid_request_error", "lock_timeout", 1));

        Exchange out = template.send("direct:walk", e -> e.getMessage().setBody(Map.of("limit", 2)));

        assertThat(out.getException()).isNull();
        assertThat(walked).containsExactly("cus_5", "cus_4", "cus_3", "cus_2", "cus_1");
        assertThat(lists.calls()).containsExactly(
                "/v1/customers?limit=2",
                "/v1/customers?limit=2&starting_after=cus_4", // answered 429
                "/v1/customers?limit=2&starting_after=cus_4",
                "/v1/customers?limit=2&starting_after=cus_2");
        assertThat(lists.served().get(1).fault()).isEqualTo("HTTP 429");
        stripe.verify(4, getRequestedFor(urlPathEqualTo("/v1/customers")).withHeader("Idempotency-Key", absent()));
    }

    @Test
    void autoPaginateAsksForStripesLargestPageWhenTheBodyGivesNoLimit() {
        template.send("direct:walk", e -> e.getMessage().setBody(null));

        assertThat(walked).hasSize(5);
        assertThat(lists.calls()).containsExactly("/v1/customers?limit=100");
    }

    @Test
    void aWalkStartedWithEndingBeforeGoesTowardsNewerObjectsOldestFirst() {
        template.send("direct:walk", e -> e.getMessage().setBody("{\"ending_before\": \"cus_1\", \"limit\": 2}"));

        assertThat(walked).containsExactly("cus_2", "cus_3", "cus_4", "cus_5");
        assertThat(lists.calls()).containsExactly("/v1/customers?ending_before=cus_1&limit=2",
                "/v1/customers?ending_before=cus_3&limit=2");
    }

    @Test
    void maxObjectsStopsTheWalkAndTheLastPageAsksForNoMore() {
        template.send("direct:walkAtMost3", e -> e.getMessage().setBody(Map.of("limit", 2)));

        assertThat(walked).containsExactly("cus_5", "cus_4", "cus_3");
        assertThat(lists.calls()).containsExactly("/v1/customers?limit=2",
                "/v1/customers?limit=1&starting_after=cus_4");
    }

    @Test
    void aPageThatFailsMidWalkFailsTheExchangeWithTheClientsExceptionClass() {
        lists.beforeRequest(2, () -> lists.failNext(500, "api_error", null, 2)); // the retry fails too

        Exchange out = template.send("direct:walk", e -> e.getMessage().setBody(Map.of("limit", 2)));

        // the splitter takes cus_4 and looks ahead for the next: that read fails before cus_4 is processed
        assertThat(walked).containsExactly("cus_5");
        assertThat(out.getException()).isInstanceOf(StripeApiErrorException.class);
        StripeApiErrorException error = (StripeApiErrorException) out.getException();
        assertThat(error.getStatus()).isEqualTo(500);
        assertThat(error.getRequestId()).isEqualTo("req_3");
        assertThat(lists.calls()).containsExactly("/v1/customers?limit=2",
                "/v1/customers?limit=2&starting_after=cus_4", "/v1/customers?limit=2&starting_after=cus_4");
    }

    @Test
    void whenTheSplitterStopsItClosesTheWalkAndNoFurtherPageIsRead() {
        Exchange out = template.send("direct:walkStopOnFailure", e -> e.getMessage().setBody(Map.of("limit", 2)));

        assertThat(out.getException()).hasMessageContaining("the route failed on cus_5");
        assertThat(walked).containsExactly("cus_5");
        assertThat(lists.calls()).containsExactly("/v1/customers?limit=2");
    }

    @Test
    void aClosedWalkEndsAndReadsNoFurtherPage() {
        StripePages<Customer> pages = template.requestBody("stripe:listCustomers?autoPaginate=true",
                Map.of("limit", 2), StripePages.class);
        assertThat(pages.next().getId()).isEqualTo("cus_5");

        pages.close();

        assertThat(pages.hasNext()).isFalse();
        assertThat(pages.objectsHandedOut()).isEqualTo(1);
        assertThat(pages.pagesRead()).isEqualTo(1);
        assertThat(lists.calls()).containsExactly("/v1/customers?limit=2");
    }

    @Test
    void aStoppedEndpointReadsNoFurtherPageAndSaysSo() {
        StripePages<Customer> pages = template.requestBody("stripe:listCustomers?autoPaginate=true",
                Map.of("limit", 2), StripePages.class);
        List<String> ids = new ArrayList<>();
        Iterator<Customer> it = pages.iterator();
        ids.add(it.next().getId());
        ids.add(it.next().getId());

        context.stop();

        assertThatThrownBy(it::hasNext).isInstanceOfSatisfying(StripeConnectionException.class,
                        stopped -> assertThat(stopped.nothingWasSent()).isTrue())
                .hasMessage("GET /v1/customers: not sent, the endpoint is stopping; paging stopped after 2 object(s)"
                            + " in 1 page(s)");
        assertThat(ids).containsExactly("cus_5", "cus_4");
        assertThat(lists.calls()).containsExactly("/v1/customers?limit=2");
    }

    @Test
    void aLimitOutsideStripesBoundsFailsBeforeSending() {
        for (Object limit : List.of(0, 101, "ten", 2.5)) {
            Exchange out = template.send("stripe:listCustomers", e -> e.getMessage().setBody(Map.of("limit", limit)));
            assertThat(out.getException()).isInstanceOfSatisfying(StripeParameterException.class,
                    e -> assertThat(e.getParam()).isEqualTo("limit"))
                    .hasMessageStartingWith("listCustomers needs limit as an integer from 1 to 100 (objects per"
                                            + " page), was ");
        }
        assertThat(lists.calls()).isEmpty();
    }

    @Test
    void autoPaginateOnAnActionThatIsNoListFailsAtRouteStart() {
        assertThatThrownBy(() -> template.send("stripe:getCustomer?autoPaginate=true", e -> { }))
                .hasRootCauseMessage("autoPaginate at stripe://getCustomer?autoPaginate=true applies to list and"
                                     + " search actions only, not to getCustomer");
        assertThatThrownBy(() -> template.send("stripe:listCustomers?maxObjects=5", e -> { }))
                .hasRootCauseMessage("maxObjects at stripe://listCustomers?maxObjects=5 caps an autoPaginate walk:"
                                     + " set autoPaginate=true, or limit (1 to 100) in the body for one page");
    }

}
