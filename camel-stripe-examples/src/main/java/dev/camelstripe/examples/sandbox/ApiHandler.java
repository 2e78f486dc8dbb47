package dev.camelstripe.examples.sandbox;

/** Handles one route; signals failures by throwing {@link StripeError}. */
@FunctionalInterface
public interface ApiHandler {

    ApiResponse handle(ApiRequest request);
}
