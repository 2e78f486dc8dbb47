package dev.camelstripe.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;

/**
 * One page of a Stripe list: {@code {"object":"list","data":[...],"has_more":true,"url":"/v1/customers"}}.
 * Read it with {@code StripeJson.read(bytes, StripeList.typeOf(Customer.class))}. A page of a search is a
 * {@link StripeSearchResult}.
 *
 * @param <T> the type of the items
 */
public class StripeList<T> extends StripeJsonObject {

    static final Field<String> OBJECT = Field.string("object");
    static final Field<List<Object>> DATA = Field.list("data");
    static final Field<Boolean> HAS_MORE = Field.bool("has_more");
    static final Field<String> URL = Field.string("url");

    private Class<? extends StripeJsonObject> itemType = UntypedStripeObject.class;
    /** Typed views of the items of {@code data}, built on first access. */
    private List<T> items;

    /** The Jackson type of {@code StripeList<itemType>}, so the items are bound to {@code itemType}. */
    public static JavaType typeOf(Class<?> itemType) {
        return StripeJson.mapper().getTypeFactory().constructParametricType(StripeList.class, itemType);
    }

    void itemType(Class<? extends StripeJsonObject> type) {
        this.itemType = type;
        this.items = null;
    }

    /** {@code "list"} ({@code "search_result"} for a search). */
    public String getObject() {
        return get(OBJECT);
    }

    public void setObject(String object) {
        set(OBJECT, object);
    }

    /**
     * The items of this page, read-only; empty, never null, when Stripe sent none. A list is newest first; a search
     * is in Stripe's order for the query.
     */
    @SuppressWarnings("unchecked")
    public List<T> getData() {
        if (items == null) {
            List<Object> raw = (List<Object>) path(DATA.name());
            List<T> typed = new ArrayList<>(raw == null ? 0 : raw.size());
            if (raw != null) {
                for (Object item : raw) {
                    typed.add(item instanceof Map<?, ?> map ? (T) view(itemType, (Map<String, Object>) map) : (T) item);
                }
            }
            items = Collections.unmodifiableList(typed);
        }
        return items;
    }

    /** Replaces the items; a Stripe object stays connected to the list (edits to it show in the list's JSON). */
    public void setData(List<T> data) {
        List<Object> raw = new ArrayList<>(data.size());
        data.forEach(item -> raw.add(item instanceof StripeJsonObject object ? object.fields()
                : JsonValues.toJson(item)));
        putRaw(DATA.name(), raw);
        items = null;
    }

    /** Whether more items exist beyond this page, in the direction of paging. */
    public boolean hasMore() {
        return Boolean.TRUE.equals(get(HAS_MORE));
    }

    public void setHasMore(Boolean hasMore) {
        set(HAS_MORE, hasMore);
    }

    /** The path of the list, for example {@code "/v1/customers"}. */
    public String getUrl() {
        return get(URL);
    }

    public void setUrl(String url) {
        set(URL, url);
    }
}
