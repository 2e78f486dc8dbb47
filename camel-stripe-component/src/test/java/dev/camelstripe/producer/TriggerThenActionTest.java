package dev.camelstripe.producer;

import dev.camelstripe.client.StripeParameterException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.test.FakeStripeLists;
import dev.camelstripe.test.FakeTime;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.apache.camel.builder.Builder.constant;
import static org.apache.camel.builder.Builder.simple;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trigger delivers an object, with its id in {@code CamelStripeObjectId}; the route then calls an action. The
 * header a trigger set counts as the route's: it addresses the object when the body names none, and a body naming
 * another object is refused, naming both, rather than updating either. Polls are driven by the test.
 */
class TriggerThenActionTest {

    final FakeStripeLists fake = new FakeStripeLists();

    @RegisterExtension
    WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(fake)).build();

    CamelContext context;
    final List<Exchange> failed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startCamel() {
        context = new DefaultCamelContext();
        context.addComponent("stripe", ProducerTestSupport.component(stripe.baseUrl(), new FakeTime()));
        context.start();
        stripe.stubFor(post("/v1/customers/cus_new").willReturn(ProducerTestSupport.stripeOk("stripe/customer.json",
                "req_u")));
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    /** Route "r" from the trigger through {@code steps}; a failed exchange is kept, handled, for the assertions. */
    private void pollOnce(String trigger, Consumer<RouteDefinition> steps)
            throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(failed::add);
                RouteDefinition route = from("stripe:" + trigger
                                                                    + "?startFrom=beginning&startScheduler=false")
                        .routeId("r");
                steps.accept(route);
            }
        });
        ((ScheduledPollConsumer) context.getRoute("r").getConsumer()).run();
    }

    @Test
    void aNewCustomerIsUpdatedWhenTheBodyNamesNoOtherObject() throws Exception {
        fake.add("/v1/customers", "cus_new", 1_700_000_000L);

        pollOnce("newCustomers", route -> route.setBody(constant(Map.of("email", "jenny@example.com")))
                .to("stripe:updateCustomer"));

        assertThat(failed).isEmpty();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/cus_new"))
                .withRequestBody(equalTo("email=jenny%40example.com")));
    }

    @Test
    void aReplacedBodyThatNamesAnotherCustomerIsRefusedNamingBothAndNothingIsUpdated() throws Exception {
        fake.add("/v1/customers", "cus_new", 1_700_000_000L);

        pollOnce("newCustomers", route -> route.setBody(constant(Map.of("id", "cus_other", "email", "x@example.com")))
                .to("stripe:updateCustomer"));

        assertThat(failed).singleElement().satisfies(exchange -> assertThat(
                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                .isInstanceOf(StripeParameterException.class)
                .hasMessage("updateCustomer got two customer ids: 'cus_other' from id in the body and 'cus_new' from"
                            + " header CamelStripeObjectId. Remove the one not meant"));
        stripe.verify(0, anyRequestedFor(urlPathMatching("/v1/customers/.+")));
    }

    @Test
    void aChargesOwnIdNeverAddressesACustomer() throws Exception {
        fake.add("/v1/charges", "ch_1", 1_700_000_000L);

        pollOnce("newCharges", route -> route.to("stripe:getCustomer"));

        assertThat(failed).singleElement().satisfies(exchange -> assertThat(
                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                .isInstanceOf(StripeParameterException.class)
                .hasMessage("getCustomer needs the customer id, but the body is a Charge and header"
                            + " CamelStripeObjectId holds that Charge's own id 'ch_1': set the header to the"
                            + " customer's id (a Charge is not a customer)"));
        assertThat(fake.calls()).noneMatch(call -> call.startsWith("/v1/customers"));
    }

    @Test
    void aChargesCustomerIsReadWhenTheRouteSetsTheHeaderToIt() throws Exception {
        fake.add("/v1/charges", "{\"id\":\"ch_1\",\"object\":\"charge\",\"created\":1700000000,"
                                + "\"customer\":\"cus_new\"}");

        pollOnce("newCharges", route -> route.setHeader(StripeConstants.OBJECT_ID, simple("${body.customer}"))
                .setBody(constant(Map.of("description", "paid")))
                .to("stripe:updateCustomer"));

        assertThat(failed).isEmpty();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/cus_new"))
                .withRequestBody(equalTo("description=paid")));
    }
}
