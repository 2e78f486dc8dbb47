package dev.camelstripe.examples.sandbox;

import java.util.Set;

/** {@code GET /v1/<resource>/{id}} for any store: only {@code expand} may accompany it (and is ignored). */
public final class RetrieveEndpoint implements ApiHandler {

    private static final Set<String> ALLOWED = Set.of("expand");

    private final ResourceStore store;

    public RetrieveEndpoint(ResourceStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        request.params().allowOnly(ALLOWED);
        return ApiResponse.ok(store.get(request.id()));
    }
}
