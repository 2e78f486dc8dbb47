package dev.camelstripe.examples.sandbox;

/**
 * One authenticated API call as the resource handlers see it.
 *
 * @param id the {@code {id}} path segment, or null for collection routes
 */
public record ApiRequest(String method, String path, String id, Params params, String apiKey) {
}
