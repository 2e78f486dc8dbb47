package dev.camelstripe.examples.sandbox;

import java.util.List;

/**
 * The routes of one resource, registered the same way for every resource: {@code POST /v1/<r>} (create),
 * {@code GET|POST|DELETE /v1/<r>/{id}}, {@code GET /v1/<r>} (a {@link ListEndpoint}), {@code GET /v1/<r>/search}
 * (a {@link SearchEndpoint}) and {@code POST /v1/<r>/{id}/<action>}.
 */
final class ResourceRoutes {

    private final Router router;
    private final String path;
    private final ResourceStore store;

    private ResourceRoutes(Router router, String path, ResourceStore store) {
        this.router = router;
        this.path = path;
        this.store = store;
    }

    static ResourceRoutes at(Router router, String path, ResourceStore store) {
        return new ResourceRoutes(router, path, store);
    }

    ResourceRoutes create(ApiHandler handler) {
        router.on("POST", path, handler);
        return this;
    }

    ResourceRoutes retrieve() {
        router.on("GET", path + "/{id}", new RetrieveEndpoint(store));
        return this;
    }

    ResourceRoutes update(ApiHandler handler) {
        router.on("POST", path + "/{id}", handler);
        return this;
    }

    ResourceRoutes delete(ApiHandler handler) {
        router.on("DELETE", path + "/{id}", handler);
        return this;
    }

    /** {@code POST /v1/<r>/{id}/<action>}: confirm, capture, cancel … */
    ResourceRoutes action(String action, ApiHandler handler) {
        router.on("POST", path + "/{id}/" + action, handler);
        return this;
    }

    ResourceRoutes list(ListEndpoint.Filter... filters) {
        router.on("GET", path, new ListEndpoint(store, request -> path, List.of(filters)));
        return this;
    }

    ResourceRoutes search(SearchFields fields) {
        router.on("GET", path + "/search", new SearchEndpoint(store, path + "/search", fields));
        return this;
    }
}
