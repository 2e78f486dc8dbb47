package dev.camelstripe.producer;

import java.util.List;
import java.util.Map;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.CustomerParams;
import dev.camelstripe.model.Product;
import dev.camelstripe.model.ProductParams;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The Java and YAML examples of docs/actions.md, run against WireMock: each DSL makes the same calls. */
class DocsExamplesTest extends ProducerTestSupport {

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // createProduct
                from("direct:javaCreateProduct")
                        .process(e -> e.getMessage().setBody(new ProductParams().name("Mug")
                                .images(List.of("https://img.example.com/mug.png")).shippable(true)))
                        .to("stripe:createProduct");

                // updateProduct
                from("direct:javaUpdateProduct")
                        .setHeader(StripeConstants.OBJECT_ID, header("productId"))
                        .setBody(constant(Map.of("active", false)))
                        .to("stripe:updateProduct");

                // createCustomer: a JMS redelivery of the same message sends the same key
                from("direct:javaCreateCustomer")
                        .setHeader(StripeConstants.IDEMPOTENCY_KEY, header("JMSMessageID"))
                        .to("stripe:createCustomer");

                // getCustomer
                from("direct:javaGetCustomer")
                        .setHeader(StripeConstants.OBJECT_ID, header("customerId"))
                        .to("stripe:getCustomer")
                        .choice()
                            .when(simple("${body.deleted}")).setHeader("customerState", constant("deleted"))
                            .otherwise().setHeader("customerState", constant("active"))
                        .end();

                // updateCustomer
                from("direct:javaUpdateCustomer")
                        .to("stripe:updateCustomer");
            }
        };
    }

    @BeforeEach
    void loadYamlRoutes() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("actions-routes.yaml",
                fixture("producer/actions-routes.yaml")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void createProduct(String dsl) {
        stripe.stubFor(post("/v1/products").willReturn(stripeOk("stripe/product.json", "req_1")));

        Object body = template.requestBody("direct:" + dsl + "CreateProduct", (Object) null);

        assertThat(body).isInstanceOf(Product.class);
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products"))
                .withRequestBody(equalTo("name=Mug&images[0]=https%3A%2F%2Fimg.example.com%2Fmug.png&shippable=true")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void updateProduct(String dsl) {
        stripe.stubFor(post("/v1/products/prod_NWjs8kKbJWmuuc").willReturn(stripeOk("stripe/product.json", "req_1")));

        Object body = template.requestBodyAndHeader("direct:" + dsl + "UpdateProduct", null, "productId",
                "prod_NWjs8kKbJWmuuc");

        assertThat(body).isInstanceOf(Product.class);
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products/prod_NWjs8kKbJWmuuc"))
                .withRequestBody(equalTo("active=false")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void createCustomer(String dsl) {
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_1")));

        Object body = template.requestBodyAndHeader("direct:" + dsl + "CreateCustomer",
                "{\"email\":\"jenny.rosen@example.com\"}", "JMSMessageID", "ID:broker-1-1:1:1:1");

        assertThat(body).isInstanceOf(Customer.class);
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers"))
                .withHeader("Idempotency-Key", equalTo("ID:broker-1-1:1:1:1"))
                .withRequestBody(equalTo("email=jenny.rosen%40example.com")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void getCustomer(String dsl) {
        stripe.stubFor(get("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_1")));
        stripe.stubFor(get("/v1/customers/cus_1").willReturn(stripeOk("stripe/customer-deleted.json", "req_2")));

        Exchange live = template.send("direct:" + dsl + "GetCustomer",
                e -> e.getMessage().setHeader("customerId", "cus_NffrFeUfNV2Hib"));
        Exchange gone = template.send("direct:" + dsl + "GetCustomer",
                e -> e.getMessage().setHeader("customerId", "cus_1"));

        assertThat(live.getMessage().getHeader("customerState")).isEqualTo("active");
        assertThat(gone.getMessage().getHeader("customerState")).isEqualTo("deleted");
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_1")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void updateCustomer(String dsl) {
        stripe.stubFor(post("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_1")));

        Object body = template.requestBody("direct:" + dsl + "UpdateCustomer",
                new CustomerParams().id("cus_NffrFeUfNV2Hib").email("jenny@example.com").description(""));

        assertThat(body).isInstanceOf(Customer.class);
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/cus_NffrFeUfNV2Hib"))
                .withRequestBody(equalTo("email=jenny%40example.com&description=")));
    }
}
