package dev.camelstripe.consumer;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.client.LegacyOrdersApiException;
import dev.camelstripe.client.StripeApiException;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.model.StripeList;
import dev.camelstripe.model.StripeObject;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling consumer of the four triggers ({@code newOrders}, {@code newCharges}, {@code newInvoiceItems},
 * {@code newCustomers}): one exchange per new Stripe object, oldest first, no object skipped or repeated.
 * <p>
 * Stripe lists newest first. The consumer keeps a cursor, the last object whose exchange completed, and asks for the
 * objects immediately newer than it ({@code ending_before}), one page at a time, delivering each page oldest first and
 * saving the position after every completed exchange (see {@link PollState}). Without a cursor (first start, or the
 * cursor object was deleted) it walks the list from the newest page to the oldest one at or after a start second
 * ({@code starting_after}, {@code created[gte]}), keeping one page in memory, and delivers from there.
 */
public class StripePollingConsumer extends ScheduledBatchPollingConsumer {

    /** newOrders backs off this many polls after a failed one, unless the route sets backoff options itself. */
    public static final int ORDERS_BACKOFF_MULTIPLIER = 15;
    public static final int ORDERS_BACKOFF_ERROR_THRESHOLD = 1;

    static final int MAX_WALK_ATTEMPTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(StripePollingConsumer.class);

    private final StripeTrigger trigger;
    // resolved from the endpoint's options when the consumer initialises
    private int pageSize;
    private StateRepository<String, String> stateRepository;
    private String stateKey;

    private Long startFromSecond; // null for now and beginning
    private boolean startFromNow;

    // per poll, only touched by the polling thread
    private PollState state;
    private int deliveredThisPoll;
    private int cap;

    public StripePollingConsumer(StripeEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.trigger = StripeTrigger.of(endpoint.getOperation());
    }

    @Override
    public StripeEndpoint getEndpoint() {
        return (StripeEndpoint) super.getEndpoint();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        StripeEndpoint endpoint = getEndpoint();
        pageSize = endpoint.getPageSize();
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("pageSize must be 1 to 100 (Stripe's limit), was " + pageSize);
        }
        if (maxMessagesPerPoll < 0) {
            throw new IllegalArgumentException("maxMessagesPerPoll must be 0 (no cap) or more, was "
                                               + maxMessagesPerPoll);
        }
        parseStartFrom(endpoint.getStartFrom());
        stateKey = endpoint.getStateKey() == null || endpoint.getStateKey().isBlank()
                ? defaultStateKey(endpoint) : endpoint.getStateKey();
        stateRepository = endpoint.getStateRepositoryInUse();
    }

    /** {@code stripe:<operation>[:<stripeAccount>]}: stable across restarts, and never derived from the API key. */
    public static String defaultStateKey(StripeEndpoint endpoint) {
        String account = endpoint.getConfiguration().getStripeAccount();
        return "stripe:" + endpoint.getOperation() + (account == null || account.isBlank() ? "" : ":" + account);
    }

    private void parseStartFrom(String startFrom) {
        String value = startFrom == null ? "now" : startFrom.trim();
        startFromNow = false;
        startFromSecond = null;
        if (value.isEmpty() || value.equalsIgnoreCase("now")) {
            startFromNow = true;
        } else if (value.equalsIgnoreCase("beginning")) {
            return;
        } else if (value.chars().allMatch(Character::isDigit)) {
            startFromSecond = Long.parseLong(value);
        } else {
            try {
                startFromSecond = Instant.parse(value).getEpochSecond();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("startFrom must be now, beginning, an ISO-8601 instant such as"
                                                   + " 2024-05-01T00:00:00Z, or epoch seconds; was " + startFrom, e);
            }
        }
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(stateRepository);
        if (startFromNow && loadState() == null) {
            // "now" is when the trigger started, not its first successful poll: objects created while the first
            // polls wait or fail (Stripe unreachable at start) are delivered, not silently taken as old
            PollState started = initialState();
            LOG.debug("{} starts from now: {}", trigger.operation(), started.toJson());
            saveState(started);
        }
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        deliveredThisPoll = 0;
        cap = maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
        state = loadState();
        if (state == null) {
            state = initialState();
        }
        if (!state.hasCursor() && !deliverFromOldest()) {
            return deliveredThisPoll;
        }
        deliverNewer();
        return deliveredThisPoll;
    }

    /** The position when none is stored: from startFrom ("now" is stored as the start second by doStart). */
    private PollState initialState() {
        if (startFromNow) {
            return PollState.startingAt(getEndpoint().getComponent().getClock().instant().getEpochSecond());
        }
        return PollState.startingAt(startFromSecond); // null: from the beginning

    }

    /**
     * No cursor: find the oldest page at or after {@code startedAt} (all of it when null) and deliver it oldest first.
     * Returns whether the poll may go on to newer objects.
     */
    private boolean deliverFromOldest() {
        for (int attempt = 1; attempt <= MAX_WALK_ATTEMPTS; attempt++) {
            StripeList<StripeObject> oldest;
            try {
                oldest = findOldestPage(state.startedAt());
            } catch (CursorMissingException deletedWhileWalking) {
                LOG.debug("{}: {} was deleted while walking to the oldest page; walking again", trigger.operation(),
                        deletedWhileWalking.cursorId);
                continue;
            }
            if (oldest.getData().isEmpty()) {
                return false;
            }
            return deliverPage(oldestFirst(oldest));
        }
        throw new IllegalStateException(trigger.path() + ": objects kept being deleted while looking for the oldest"
                                        + " one to deliver (" + MAX_WALK_ATTEMPTS + " walks); trying again next poll");
    }

    private StripeList<StripeObject> findOldestPage(Long createdGte) {
        StripeList<StripeObject> page = list(page(pageSize, createdGte));
        while (page.hasMore() && !page.getData().isEmpty()) {
            Map<String, Object> params = page(pageSize, createdGte);
            params.put("starting_after", last(page).getId());
            StripeList<StripeObject> older = list(params);
            if (older.getData().isEmpty()) {
                break;
            }
            page = older;
        }
        return page;
    }

    /** Cursor known: deliver the objects newer than it, page by page, until none is left or the cap is reached. */
    private void deliverNewer() {
        while (deliveredThisPoll < cap && isBatchAllowed()) {
            StripeList<StripeObject> page;
            try {
                page = list(page(Math.min(pageSize, cap - deliveredThisPoll), "ending_before", state.cursorId()));
            } catch (CursorMissingException deleted) {
                LOG.info("{}: the last delivered object {} was deleted in Stripe; finding the position again from"
                         + " its creation second {}", trigger.operation(), deleted.cursorId, state.cursorCreated());
                state = state.cursorLost();
                saveState(state);
                if (!deliverFromOldest()) {
                    return;
                }
                continue;
            }
            if (page.getData().isEmpty() || !deliverPage(oldestFirst(page)) || !page.hasMore()) {
                return;
            }
        }
    }

    /** Delivers one page, oldest first. Returns whether the poll may go on. */
    private boolean deliverPage(List<StripeObject> oldestFirst) {
        Queue<Object> items = new ArrayDeque<>(oldestFirst);
        try {
            processBatch(items);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new org.apache.camel.RuntimeCamelException(e);
        }
        return items.isEmpty() && deliveredThisPoll < cap;
    }

    /**
     * Delivers the given objects (oldest first) one exchange each, advancing and saving the position after each
     * completed exchange. Objects already seen at the cursor second are passed over without an exchange. Stops, and
     * leaves the rest in the queue, at the first exchange that failed, at the cap, or when shutting down.
     */
    @Override
    public int processBatch(Queue<Object> items) throws Exception {
        List<StripeObject> toDeliver = new ArrayList<>();
        int room = cap - deliveredThisPoll;
        for (Object item : items) {
            StripeObject object = (StripeObject) item;
            if (!state.alreadySeen(object.getId(), createdSecond(object))) {
                if (toDeliver.size() == room) {
                    break;
                }
                toDeliver.add(object);
            }
        }
        int total = toDeliver.size();
        int index = 0;
        while (!items.isEmpty() && isBatchAllowed()) {
            StripeObject object = (StripeObject) items.peek();
            Instant created = trigger.createdOf(object);
            if (state.alreadySeen(object.getId(), created.getEpochSecond())) {
                items.poll();
                state = state.advancedTo(object.getId(), created.getEpochSecond());
                saveState(state);
                continue;
            }
            if (index == total) {
                break;
            }
            pendingExchanges = total - index - 1;
            Exchange exchange = createExchange(object, created, index, total);
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            Exception failure = exchange.getException();
            if (failure != null) {
                pendingExchanges = 0;
                getExceptionHandler().handleException("stripe:" + trigger.operation() + " delivering "
                                                      + object.getId() + " failed; it and the objects after it are"
                                                      + " polled again next time", exchange, failure);
                releaseExchange(exchange, false);
                return index;
            }
            releaseExchange(exchange, false);
            items.poll();
            state = state.advancedTo(object.getId(), created.getEpochSecond());
            saveState(state);
            deliveredThisPoll++;
            index++;
        }
        pendingExchanges = 0;
        return index;
    }

    private Exchange createExchange(StripeObject object, Instant created, int index, int total) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(object);
        message.setHeader(StripeConstants.OBJECT_ID, object.getId());
        message.setHeader(StripeConstants.CREATED, created);
        message.setHeader(StripeConstants.OBJECT_TYPE,
                object.getObject() == null ? trigger.objectType() : object.getObject());
        exchange.setProperty(Exchange.BATCH_INDEX, index);
        exchange.setProperty(Exchange.BATCH_SIZE, total);
        exchange.setProperty(Exchange.BATCH_COMPLETE, index == total - 1);
        return exchange;
    }

    @SuppressWarnings("unchecked")
    private StripeList<StripeObject> list(Map<String, Object> params) {
        try {
            return (StripeList<StripeObject>) getEndpoint().getClient()
                    .execute(StripeRequest.get(trigger.path(), params), trigger.pageType()).body();
        } catch (StripeApiException e) {
            String cursor = (String) (params.containsKey("ending_before")
                    ? params.get("ending_before") : params.get("starting_after"));
            if (cursor != null && isCursorMissing(e, cursor)) {
                throw new CursorMissingException(cursor, e);
            }
            if (trigger == StripeTrigger.ORDERS && e.getStatus() == 404) {
                throw new LegacyOrdersApiException(e);
            }
            throw e;
        }
    }

    private static boolean isCursorMissing(StripeApiException e, String cursor) {
        if (e.getStatus() != 400 && e.getStatus() != 404) {
            return false;
        }
        boolean cursorParam = "ending_before".equals(e.getParam()) || "starting_after".equals(e.getParam());
        boolean namesCursor = e.getStripeMessage() != null && e.getStripeMessage().contains(cursor);
        return "resource_missing".equals(e.getCode()) && (cursorParam || namesCursor);
    }

    private static Map<String, Object> page(int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", limit);
        return params;
    }

    private static Map<String, Object> page(int limit, Long createdGte) {
        Map<String, Object> params = page(limit);
        if (createdGte != null) {
            params.put("created", Map.of("gte", createdGte));
        }
        return params;
    }

    private static Map<String, Object> page(int limit, String cursorName, String cursorId) {
        Map<String, Object> params = page(limit);
        params.put(cursorName, cursorId);
        return params;
    }

    private static List<StripeObject> oldestFirst(StripeList<StripeObject> page) {
        List<StripeObject> items = new ArrayList<>(page.getData());
        Collections.reverse(items);
        return items;
    }

    private static StripeObject last(StripeList<StripeObject> page) {
        return page.getData().get(page.getData().size() - 1);
    }

    private long createdSecond(StripeObject object) {
        return trigger.createdOf(object).getEpochSecond();
    }

    private PollState loadState() {
        String json = stateRepository.getState(stateKey);
        return json == null || json.isBlank() ? null : PollState.fromJson(json);
    }

    private void saveState(PollState newState) {
        stateRepository.setState(stateKey, newState.toJson());
    }

    /** The stored position, or null before the first one was stored. */
    public PollState getState() {
        return stateRepository == null ? null : loadState();
    }

    public StripeTrigger getTrigger() {
        return trigger;
    }

    /** The key the position is stored under: the stateKey option, or {@link #defaultStateKey}. */
    public String getStateKey() {
        return stateKey;
    }

    /** The cursor object is gone from Stripe. */
    static final class CursorMissingException extends RuntimeException {
        final String cursorId;

        CursorMissingException(String cursorId, StripeApiException cause) {
            super("Stripe no longer has " + cursorId, cause);
            this.cursorId = cursorId;
        }
    }
}
