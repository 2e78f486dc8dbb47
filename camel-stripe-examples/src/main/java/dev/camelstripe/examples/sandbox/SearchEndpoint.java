package dev.camelstripe.examples.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v1/<resource>/search?query=…&limit=…&page=…} for any store: Stripe's {@code search_result} object,
 * {@code {"object":"search_result","data":[…],"has_more":…,"next_page":…,"url":…}}, with {@code total_count} when
 * {@code expand[]=total_count} asks for it. It reads what the store's search sees, which lags behind writes by the
 * sandbox's search delay, as Stripe's search does. {@code next_page} is an opaque cursor, valid for the same query.
 */
public final class SearchEndpoint implements ApiHandler {

    private static final Set<String> ALLOWED = Set.of("query", "limit", "page", "expand");

    private final ResourceStore store;
    private final String url;
    private final SearchFields fields;

    public SearchEndpoint(ResourceStore store, String url, SearchFields fields) {
        this.store = store;
        this.url = url;
        this.fields = fields;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Params params = request.params().allowOnly(ALLOWED);
        String query = params.requiredString("query");
        int limit = ListEndpoint.limit(params);
        ResourceStore.SearchResult result = store.search(SearchQuery.parse(query, fields), limit,
                cursor(params.string("page")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("object", "search_result");
        body.put("data", result.data());
        body.put("has_more", result.next() != null);
        body.put("next_page", result.next() == null ? null : token(result.next()));
        body.put("url", url);
        Object expand = params.asMap().get("expand");
        if (expand instanceof List<?> list && list.contains("total_count")) {
            body.put("total_count", (long) result.totalCount());
        }
        return ApiResponse.ok(body);
    }

    private static String token(ResourceStore.SearchCursor cursor) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((cursor.time() + ":" + cursor.seq()).getBytes(StandardCharsets.UTF_8));
    }

    private static ResourceStore.SearchCursor cursor(String page) {
        if (page == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(page), StandardCharsets.UTF_8).split(":");
            return new ResourceStore.SearchCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw StripeError.invalid(null, "page", "Invalid page: " + page
                    + ". Pass the next_page of a previous search result, unchanged.");
        }
    }
}
