package dev.camelstripe.model;

import com.fasterxml.jackson.databind.JavaType;

/**
 * One page of a Stripe search: a {@link StripeList} with {@code "object":"search_result"}, the {@code next_page}
 * token that asks for the next page (sent as {@code page}) and, when Stripe sends it, {@code total_count}. See
 * Stripe's API reference, "Search" under "Pagination".
 *
 * @param <T> the type of the items
 */
public class StripeSearchResult<T> extends StripeList<T> {

    static final Field<String> NEXT_PAGE = Field.string("next_page");
    static final Field<Long> TOTAL_COUNT = Field.integer("total_count");

    /** The Jackson type of {@code StripeSearchResult<itemType>}, so the items are bound to {@code itemType}. */
    public static JavaType typeOf(Class<?> itemType) {
        return StripeJson.mapper().getTypeFactory().constructParametricType(StripeSearchResult.class, itemType);
    }

    /** The token to send as {@code page} for the next page; null on the last page. */
    public String getNextPage() {
        return get(NEXT_PAGE);
    }

    public void setNextPage(String nextPage) {
        set(NEXT_PAGE, nextPage);
    }

    /** How many objects match the query, when Stripe sent it (it is not in every answer); null otherwise. */
    public Long getTotalCount() {
        return get(TOTAL_COUNT);
    }

    public void setTotalCount(Long totalCount) {
        set(TOTAL_COUNT, totalCount);
    }
}
