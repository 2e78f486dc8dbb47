package dev.camelstripe.examples.routes;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.StripeApiException;
import dev.camelstripe.model.Product;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * A product catalogue kept in sync from JSON files dropped in a folder ({@code examples.catalogue.inbox}). Each file
 * is one product in Stripe's parameters ({@code name}, {@code description}, {@code images}, {@code metadata} ...).
 * A file without {@code id} creates a product. A file with {@code id} is an upsert: {@code updateProduct} that id,
 * and when Stripe answers 404 (no such product), {@code createProduct} with that custom id. Processed files move to
 * {@code .done/}, rejected ones to {@code .failed/}.
 */
public class ProductCatalogueRoutes extends RouteBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure() {
        // done and failed files move aside, named with the time they were read
        from("file:{{examples.catalogue.inbox}}?include=.*\\.json"
             + "&move=${header.CatalogueOutcome}/${file:name}.${date:now:yyyyMMddHHmmssSSS}")
                .routeId("product-catalogue")
                .onException(Exception.class)
                    .handled(true)   // one line, and the file goes to .failed/
                    .setHeader("CatalogueOutcome", constant(".failed"))
                    .log(LoggingLevel.WARN, "catalogue", "${header.CamelFileName} rejected: ${exception.message}")
                .end()
                .setHeader("CatalogueOutcome", constant(".done"))
                .process(ProductCatalogueRoutes::readProduct)
                .choice()
                    .when(exchangeProperty("productId").isNull())
                        .to("stripe:createProduct")
                        .process(e -> e.setProperty("action", "created"))
                    .otherwise()
                        .to("direct:upsertProduct")
                .end()
                .log(LoggingLevel.INFO, "catalogue",
                        "${exchangeProperty.action} product ${body.id} \"${body.name}\" from ${header.CamelFileName}"
                        + " (active=${body.active}, metadata=${body.metadata})");

        from("direct:upsertProduct")
                .routeId("product-upsert")
                .setProperty("productParams", body())
                .doTry()
                    .setHeader(StripeConstants.OBJECT_ID, exchangeProperty("productId"))
                    .to("stripe:updateProduct")
                    .setProperty("action", constant("updated"))
                .doCatch(StripeApiException.class)
                    .onWhen(ProductCatalogueRoutes::noSuchProduct)
                    .removeHeader(StripeConstants.OBJECT_ID)
                    .setBody(exchangeProperty("productParams"))   // keeps "id": created with the file's id
                    .to("stripe:createProduct")
                    .setProperty("action", constant("created"))
                .end()
                .process(e -> e.getMessage().getBody(Product.class)); // both branches end on the Product
    }

    /** Stripe's 404 for the product id: create it instead. */
    private static boolean noSuchProduct(Exchange exchange) {
        StripeApiException e = exchange.getException(StripeApiException.class);
        return e != null && e.getStatus() == 404;
    }

    /** The file's JSON as a Map, its {@code id} (if any) as the exchange property {@code productId}. */
    private static void readProduct(Exchange exchange) throws Exception {
        Map<String, Object> product = JSON.readValue(exchange.getMessage().getBody(byte[].class),
                new TypeReference<Map<String, Object>>() {
                });
        exchange.setProperty("productId", product.get("id"));
        exchange.getMessage().setBody(product);
    }
}
