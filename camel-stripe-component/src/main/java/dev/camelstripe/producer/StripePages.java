package dev.camelstripe.producer;

import java.io.Closeable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;

import dev.camelstripe.client.StripeCall;
import dev.camelstripe.client.StripeConnectionException;
import dev.camelstripe.client.StripeMethod;
import dev.camelstripe.client.WalkProgress;
import dev.camelstripe.model.StripeList;
import dev.camelstripe.model.StripeObject;
import dev.camelstripe.model.StripeSearchResult;

/**
 * Every object of a Stripe list or search, read one page at a time as it is iterated: the body of a list or search
 * action with {@code autoPaginate=true}. Only the current page is held, so a walk over a million objects needs the
 * memory of one page. Camel-free: the pages come from a {@link PageReader} (the endpoint's client, with its throttle
 * and retries).
 * <p>
 * How the next page is asked for is Stripe's, as its SDKs auto-paginate (stripe-java {@code PagingIterator} and
 * {@code SearchPagingIterator}, stripe-node {@code autoPagination}): a list goes on with {@code starting_after} set to
 * the last object's id; a list asked for with {@code ending_before} goes the other way, {@code ending_before} set to
 * the first object's id, each page's objects in reverse (oldest first); a search goes on with {@code page} set to the
 * answer's {@code next_page}. Paging stops when an answer says {@code has_more: false}, after {@code maxObjects}
 * objects, once {@link #close() closed}, once the exchange that carries it has failed (Camel's splitter, when it
 * stops on an exception, drains what is left of the iterator: that must not read the rest of the list), or, with a
 * {@link StripeConnectionException} that says nothing was sent, when the endpoint is stopping. Camel's splitter
 * looks one object ahead (to mark the last one), so the next page is read when a page's last object is taken. A failed page call
 * throws the client's exception from {@link #hasNext()} or {@link #next()}.
 * <p>
 * One pass, not thread-safe: {@link #iterator()} returns this object itself.
 *
 * @param <T> the type of the objects
 */
public final class StripePages<T extends StripeObject> implements Iterable<T>, Iterator<T>, Closeable {

    /** The page size when the route gave no {@code limit}: Stripe's largest, so a walk makes the fewest calls. */
    public static final int DEFAULT_LIMIT = 100;

    /** Reads one page: the call of the first page with other paging parameters. */
    @FunctionalInterface
    interface PageReader<T> {
        StripeList<T> read(Map<String, Object> params);
    }

    /**
     * Told of each page read, for progress reporting of long walks; called on the iterating thread.
     */
    @FunctionalInterface
    public interface PageListener {
        PageListener NONE = (path, pages, objects, pageObjects, more) -> { };

        /**
         * @param pages       pages read so far, the first included
         * @param objects     objects handed out before this page
         * @param pageObjects objects on this page
         * @param more        whether Stripe said more pages follow this one
         */
        void pageRead(String path, int pages, long objects, int pageObjects, boolean more);

        /** Reports a walk's progress through {@code progress}: at INFO at most every 30 s, nothing for a short walk. */
        static PageListener reportingTo(WalkProgress progress) {
            long[] reported = {0};
            return (path, pages, objects, pageObjects, more) -> {
                progress.reached((int) (objects - reported[0]), null);
                reported[0] = objects;
                progress.listed(pageObjects);
                if (!more) { // the last page: its objects are all the walk has left to hand out
                    progress.reached(pageObjects, null);
                    progress.finish();
                }
            };
        }
    }

    /** How the next page is asked for. */
    enum Cursor {
        STARTING_AFTER, ENDING_BEFORE, PAGE;

        /** The list's direction as the first call's parameters ask for it, or {@link #PAGE} for a search. */
        static Cursor of(boolean search, Map<String, ?> firstParams) {
            if (search) {
                return PAGE;
            }
            return firstParams.get("ending_before") != null && firstParams.get("starting_after") == null
                    ? ENDING_BEFORE : STARTING_AFTER;
        }
    }

    private final String path;
    private final PageReader<T> reader;
    private final Map<String, Object> firstParams;
    private final Cursor cursor;
    private final int pageLimit;
    private final long maxObjects;
    private final BooleanSupplier mayGoOn;
    private final BooleanSupplier abandoned;
    private final PageListener listener;

    private StripeList<T> page;
    private int index;
    private long handedOut;
    private int pagesRead;
    private boolean closed;

    /**
     * @param firstParams the parameters the first page was read with ({@link #firstPageParams}), kept for every page
     * @param maxObjects  the most objects handed out, 0 for all
     * @param mayGoOn     false once no further page may be read (the endpoint is stopping): reading one then fails
     * @param abandoned   true once whoever iterates has failed for good (the exchange carries an exception): the
     *                    walk then ends without reading further, as after {@link #close()}
     */
    StripePages(String path, boolean search, Map<String, Object> firstParams, StripeList<T> firstPage,
                long maxObjects, BooleanSupplier mayGoOn, BooleanSupplier abandoned, PageReader<T> reader,
                PageListener listener) {
        this.path = path;
        this.reader = reader;
        this.firstParams = firstParams;
        this.cursor = Cursor.of(search, firstParams);
        this.pageLimit = ((Number) firstParams.get("limit")).intValue();
        this.maxObjects = maxObjects;
        this.mayGoOn = mayGoOn;
        this.abandoned = abandoned;
        this.listener = listener;
        read(firstPage);
    }

    /**
     * The first page's parameters: the route's, with the page size Stripe is asked for ({@code limit}, the route's
     * or {@link #DEFAULT_LIMIT}, no more than {@code maxObjects}).
     *
     * @param limit the route's {@code limit}, checked, or null
     */
    static Map<String, Object> firstPageParams(Map<String, Object> params, Integer limit, long maxObjects) {
        Map<String, Object> first = new LinkedHashMap<>(params);
        first.put("limit", cappedLimit(limit == null ? DEFAULT_LIMIT : limit, maxObjects, 0));
        return first;
    }

    private static int cappedLimit(int limit, long maxObjects, long handedOut) {
        return maxObjects > 0 ? (int) Math.min(limit, maxObjects - handedOut) : limit;
    }

    @Override
    public Iterator<T> iterator() {
        return this;
    }

    @Override
    public boolean hasNext() {
        if (closed || (maxObjects > 0 && handedOut >= maxObjects)) {
            return false;
        }
        while (index >= page.getData().size()) {
            if (!page.hasMore()) {
                return false;
            }
            if (abandoned.getAsBoolean()) { // Camel's splitter drains what is left after a failure: read no more
                close();
                return false;
            }
            read(reader.read(nextPageParams()));
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("every object of " + path + " was handed out");
        }
        List<T> data = page.getData();
        T object = data.get(cursor == Cursor.ENDING_BEFORE ? data.size() - 1 - index : index);
        index++;
        handedOut++;
        return object;
    }

    /** Stops paging: no further page is read, and the current one is let go. */
    @Override
    public void close() {
        closed = true;
        page = null;
    }

    /** Objects handed out so far. */
    public long objectsHandedOut() {
        return handedOut;
    }

    /** Pages read so far, the first included. */
    public int pagesRead() {
        return pagesRead;
    }

    private void read(StripeList<T> next) {
        page = next;
        index = 0;
        pagesRead++;
        listener.pageRead(path, pagesRead, handedOut, next.getData() == null ? 0 : next.getData().size(),
                next.hasMore());
    }

    /** The first call's parameters with the cursor of the page after the current one. */
    private Map<String, Object> nextPageParams() {
        if (!mayGoOn.getAsBoolean()) {
            throw new StripeConnectionException("GET " + path + ": not sent, the endpoint is stopping; paging stopped"
                                                + " after " + handedOut + " object(s) in " + pagesRead + " page(s)",
                    call(), true, null);
        }
        List<T> data = page.getData();
        Map<String, Object> params = new LinkedHashMap<>(firstParams);
        params.put("limit", cappedLimit(pageLimit, maxObjects, handedOut));
        switch (cursor) {
            case STARTING_AFTER -> {
                params.remove("ending_before");
                params.put("starting_after", idOf(data.isEmpty() ? null : data.get(data.size() - 1)));
            }
            case ENDING_BEFORE -> params.put("ending_before", idOf(data.isEmpty() ? null : data.get(0)));
            case PAGE -> params.put("page", nextPageToken());
        }
        return params;
    }

    private String idOf(T object) {
        String id = object == null ? null : object.getId();
        if (id == null) {
            throw unexpected("has_more true but no object id to go on from");
        }
        return id;
    }

    private String nextPageToken() {
        String token = page instanceof StripeSearchResult<?> search ? search.getNextPage() : null;
        if (token == null || token.isEmpty()) {
            throw unexpected("has_more true but no next_page");
        }
        return token;
    }

    /** An answer that cannot be paged on: failing beats ending the walk early, which would look complete. */
    private StripeConnectionException unexpected(String what) {
        return new StripeConnectionException("GET " + path + " answered page " + pagesRead + " with " + what
                                             + "; paging stopped after " + handedOut + " object(s)", call(), false,
                null);
    }

    private StripeCall call() {
        return new StripeCall(StripeMethod.GET, path, null, pagesRead);
    }

    @Override
    public String toString() {
        return "StripePages[" + path + ", " + handedOut + " object(s) handed out from " + pagesRead + " page(s)"
               + (closed ? ", closed" : "") + "]";
    }
}
