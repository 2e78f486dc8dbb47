package dev.camelstripe.producer;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JavaType;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.StripeOperation;
import dev.camelstripe.StripeOperation.Action;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.client.StripeResponse;
import dev.camelstripe.model.StripeList;
import dev.camelstripe.model.StripeObject;
import dev.camelstripe.model.StripeSearchResult;
import org.apache.camel.Message;

/**
 * A list or search action's call: by default one page, as a {@link StripeList} (a {@link StripeSearchResult} for a
 * search) with its cursor in headers; with {@code autoPaginate} every object across pages, as {@link StripePages}.
 * The first page is read in the step itself, so that a failure of it (a bad filter, a wrong key) fails the step as any
 * action does; the others are read as the body is iterated.
 */
final class ListCall {

    /** Stripe's bounds of {@code limit} on every list and search (API reference, "Pagination"). */
    static final int MAX_LIMIT = 100;

    /** The step's body and the answer of the call the step made, for its output headers. */
    record Answer(Object body, StripeResponse<?> firstPage) {
    }

    private ListCall() {
    }

    /**
     * @param caller  makes one page call (through the endpoint's client: throttle, retries, error classes)
     * @param mayGoOn   false once no further page may be read
     * @param abandoned true once the walk's exchange has failed
     */
    static Answer call(StripeEndpoint endpoint, StripeOperation operation, Action action, String path,
                       Map<String, Object> params, Function<StripeRequest, StripeResponse<StripeList<StripeObject>>> caller,
                       BooleanSupplier mayGoOn, BooleanSupplier abandoned, StripePages.PageListener listener) {
        Integer limit = checkedLimit(operation, params.get("limit"));
        if (!endpoint.isAutoPaginate()) {
            StripeResponse<StripeList<StripeObject>> page = caller.apply(StripeRequest.get(path, params));
            return new Answer(page.body(), page);
        }
        Map<String, Object> first = StripePages.firstPageParams(params, limit, endpoint.getMaxObjects());
        StripeResponse<StripeList<StripeObject>> page = caller.apply(StripeRequest.get(path, first));
        if (operation.action().orElseThrow().isAnyCall()) { // a path the table does not know: is it a list?
            AnyCall.requirePages(action, path, page);
        }
        StripePages<StripeObject> pages = new StripePages<>(path, action.isSearch(), first, page.body(),
                endpoint.getMaxObjects(), mayGoOn, abandoned, next -> caller.apply(StripeRequest.get(path, next)).body(),
                listener);
        return new Answer(pages, page);
    }

    /** The cursor of a one-page answer in headers; none after a walk, whose body goes on by itself. */
    static void writeCursor(Message message, Object body) {
        boolean search = body instanceof StripeSearchResult<?>;
        StripeList<?> page = body instanceof StripeList<?> list ? list : null;
        message.setHeader(StripeConstants.HAS_MORE, page == null ? null : page.hasMore());
        message.setHeader(StripeConstants.LAST_ID, page == null || search ? null : lastId(page.getData()));
        StripeSearchResult<?> result = search ? (StripeSearchResult<?>) body : null;
        message.setHeader(StripeConstants.NEXT_PAGE, result == null ? null : result.getNextPage());
        message.setHeader(StripeConstants.TOTAL_COUNT, result == null ? null : result.getTotalCount());
        for (String name : List.of(StripeConstants.HAS_MORE, StripeConstants.LAST_ID, StripeConstants.NEXT_PAGE,
                StripeConstants.TOTAL_COUNT)) {
            if (message.getHeader(name) == null) {
                message.removeHeader(name); // a cursor an earlier page wrote must not describe this one
            }
        }
    }

    private static String lastId(List<?> data) {
        return data.isEmpty() || !(data.get(data.size() - 1) instanceof StripeObject last) ? null : last.getId();
    }

    /** The route's {@code limit}, an integer from 1 to 100, or null when it gave none. */
    static Integer checkedLimit(StripeOperation operation, Object limit) {
        if (limit == null) {
            return null;
        }
        Long value = null;
        if (limit instanceof Number number && number.toString().matches("\\d+")) {
            value = number.longValue();
        } else if (limit instanceof String text && text.matches("\\d{1,4}")) {
            value = Long.parseLong(text);
        }
        if (value == null || value < 1 || value > MAX_LIMIT) {
            throw new StripeParameterException("limit", operation + " needs limit as an integer from 1 to "
                                                        + MAX_LIMIT + " (objects per page), was "
                                                        + ParamType.describe(limit));
        }
        return value.intValue();
    }
}
