package dev.camelstripe.model;

import java.util.List;

import com.fasterxml.jackson.databind.JavaType;

/**
 * One page of a Stripe list: {@code {"object":"list","data":[...],"has_more":true,"url":"/v1/customers"}}.
 * Read it with {@code StripeJson.read(bytes, StripeList.typeOf(Customer.class))}.
 *
 * @param <T> the type of the items
 */
public final class StripeList<T> extends StripeJsonObject {

    private String object;
    private List<T> data;
    private Boolean hasMore;
    private String url;

    /** The Jackson type of {@code StripeList<itemType>}, so the items are bound to {@code itemType}. */
    public static JavaType typeOf(Class<?> itemType) {
        return StripeJson.mapper().getTypeFactory().constructParametricType(StripeList.class, itemType);
    }

    /** Always {@code "list"}. */
    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    /** The items of this page, newest first; empty, never null, when Stripe sent none. */
    public List<T> getData() {
        return data == null ? List.of() : data;
    }

    public void setData(List<T> data) {
        this.data = data;
    }

    /** Whether older items exist beyond this page. */
    public boolean hasMore() {
        return Boolean.TRUE.equals(hasMore);
    }

    public void setHasMore(Boolean hasMore) {
        this.hasMore = hasMore;
    }

    /** The path of the list, for example {@code "/v1/customers"}. */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
