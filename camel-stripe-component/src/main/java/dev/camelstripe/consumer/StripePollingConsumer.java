package dev.camelstripe.consumer;

import dev.camelstripe.client.StripeTriggerStalledException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.client.StaleStateException;
import dev.camelstripe.model.Event;
import dev.camelstripe.webhook.EventMessages;
import dev.camelstripe.webhook.EventTypes;
import dev.camelstripe.observe.TriggerStats;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.RollbackExchangeException;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling consumer of the four triggers ({@code newOrders}, {@code newCharges}, {@code newInvoiceItems},
 * {@code newCustomers}): one exchange per new Stripe object, oldest first, no object skipped or repeated.
 * <p>
 * The Camel side only: each poll reads the position from the {@link StateRepository}, lets a {@link ListWalker} page
 * through Stripe's list, delivers what it hands over as exchanges and saves the position after each completed one
 * (commit), or keeps it at a failed or rolled-back exchange, which the next poll delivers again (rollback). A poll
 * keeps nothing in fields, so stopping and starting the consumer (or starting it on another node) resumes from the
 * repository.
 */
@ManagedResource(description = "Stripe trigger")
public class StripePollingConsumer extends ScheduledBatchPollingConsumer implements ListWalker.Receiver {

    /** newOrders backs off this many polls after a failed one, unless the route sets backoff options itself. */
    public static final int ORDERS_BACKOFF_MULTIPLIER = 15;
    public static final int ORDERS_BACKOFF_ERROR_THRESHOLD = 1;

    private static final Logger LOG = LoggerFactory.getLogger(StripePollingConsumer.class);
    /** Why a position is refused, for the log line that says so. */
    private static final String TWO_POLLERS = "Another instance polled this trigger meanwhile: this one lost the lead"
                                              + " while an exchange was in flight, or the trigger route runs on"
                                              + " several instances without a leader election"
                                              + " (docs/running-more-than-one-instance.md).";

    private final StripeTrigger trigger;
    // resolved from the endpoint's options when the consumer initialises
    private TriggerOptions options;
    private StateRepository<String, String> stateRepository;
    private String stateKey;
    /** stripe:events only: its types filter and 30-day window; null for the other triggers. */
    private EventsWindow events;
    private java.util.Map<String, Object> listParameters;
    /** Whether this start already warned that answers carry no Date header. */
    private final AtomicBoolean warnedWithoutDate = new AtomicBoolean();
    private volatile TriggerListener listener = TriggerListener.NONE;
    private volatile TriggerStats stats;
    /** Lists the next page while the route processes one (the prefetch option); null when off or stopped. */
    private volatile ExecutorService prefetcher;

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
        options = TriggerOptions.of(endpoint, clock());
        stateKey = endpoint.getStateKey() == null || endpoint.getStateKey().isBlank()
                ? defaultStateKey(endpoint) : endpoint.getStateKey();
        stateRepository = endpoint.getStateRepositoryInUse();
        listParameters = options.listParameters();
        if (trigger == StripeTrigger.EVENTS) {
            events = new EventsWindow(EventTypes.parse(endpoint.getEventsConfiguration().getTypes(),
                    endpoint.describe()), endpoint.getEventsConfiguration().getEventsGap(), stateKey);
            listParameters = events.listParameters(listParameters, endpoint.describe());
        }
    }

    /** {@code stripe:<operation>[:<stripeAccount>]}: stable across restarts, and never derived from the API key. */
    public static String defaultStateKey(StripeEndpoint endpoint) {
        String account = endpoint.getConfiguration().getStripeAccount();
        return "stripe:" + endpoint.getOperation() + (account == null || account.isBlank() ? "" : ":" + account);
    }

    @Override
    protected void doStart() throws Exception {
        if (stats == null) { // kept across a stop and start of the route, so its figures go on counting
            stats = getEndpoint().getComponent().getObservability().trigger(this);
            setListener(stats);
        }
        ServiceHelper.startService(stateRepository);
        warnedWithoutDate.set(false);
        if (getEndpoint().isPrefetch()) {
            prefetcher = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newSingleThreadExecutor(this, "StripePrefetch " + trigger.operation());
        }
        if (options.startFrom().now() && loadState() == null) {
            // "now" is when the trigger started, not its first successful poll: objects created while the first
            // polls wait or fail (Stripe unreachable at start) are delivered, not silently taken as old
            storeStartPosition(options.startFrom().initialPosition(clock()));
        }
        super.doStart();
    }

    /**
     * Stores the {@code startFrom=now} position, unless another node (sharing a JDBC repository) stored one since this
     * one found none: two nodes that start at once both find none, the first write wins and the other continues from
     * it, so that neither route nor CamelContext fails to start.
     */
    private void storeStartPosition(PollState started) {
        try {
            stateRepository.setState(stateKey, started.toJson());
            LOG.debug("{} starts from now: {}", trigger.operation(), started.toJson());
        } catch (StaleStateException otherNodeFirst) {
            PollState stored = loadState(); // reading again is also what lets this node write the key later
            if (stored == null) {
                throw otherNodeFirst; // refused, yet no position: not another node's start; let the start fail
            }
            LOG.info("stripe:{}: another instance stored the position of state key '{}' first while both started;"
                     + " continuing from it: {}", trigger.operation(), stateKey, stored.toJson());
        }
    }

    @Override
    protected int poll() throws Exception {
        try {
            int delivered = walk();
            listener.pollEnded(delivered, null);
            return delivered;
        } catch (Exception | Error failure) {
            listener.pollEnded(0, failure);
            throw failure;
        }
    }

    private int walk() {
        PollState position = loadState();
        if (position == null) {
            position = options.startFrom().initialPosition(clock());
        }
        if (events != null) {
            PollState inWindow = events.window(position, clock().instant(), clock().millis());
            if (inWindow != position) {
                save(inWindow); // the gap accepted, once
                position = inWindow;
            }
        }
        listener.pollStarted(position);
        ListSource source = new StripeListSource(getEndpoint().getClient(), trigger, listParameters,
                this::answeredWithoutDate);
        ListWalker.Result result;
        try {
            result = new ListWalker(source, trigger::createdOf, options.walkSettings(), clock(), this, position,
                    prefetcher).walk();
        } catch (StaleStateException positionTaken) {
            // a search step, a skipped object or a failure count refused: nothing was delivered since the refusal
            LOG.warn("stripe:{}: {} This poll stops without moving the position; the next one reads it again. {}",
                     trigger.operation(), positionTaken.getMessage(), TWO_POLLERS);
            return 0;
        }
        if (result.failure() != null) {
            failedDelivery(result.failure());
        }
        return result.delivered();
    }

    /**
     * A delivery failed: the next poll delivers the object again. Below the threshold the consumer's exception
     * handler is told (a WARN by default); at it the poll fails, so the health check turns DOWN naming the object.
     */
    private void failedDelivery(ListWalker.Failure failure) {
        listener.deliveryFailed(failure.objectId(), failure.attempts(), failure.cause());
        if (failure.attempts() >= options.deliveryFailureThreshold()) {
            addLastErrorDetail("stripe.object.id", failure.objectId());
            addLastErrorDetail("stripe.delivery.attempts", failure.attempts());
            throw new StripeTriggerStalledException(trigger.operation().name(), failure.objectId(),
                    failure.attempts(), failure.cause());
        }
        getExceptionHandler().handleException("stripe:" + trigger.operation() + " delivering " + failure.objectId()
                                              + " failed (" + failure.attempts() + " of "
                                              + options.deliveryFailureThreshold() + " before the trigger reports"
                                              + " itself stalled); it and the objects after it are polled again next"
                                              + " time", failure.cause());
    }

    /**
     * Delivers the items oldest first, one exchange each, saving the position after each completed exchange. Stops
     * at the first exchange that failed or was marked rollback-only, or when shutting down.
     */
    @Override
    public ListWalker.Delivery deliver(List<ListWalker.Item> items) {
        int total = items.size();
        try {
            for (int index = 0; index < total; index++) {
                if (!isBatchAllowed()) {
                    return new ListWalker.Delivery(index, null);
                }
                ListWalker.Item item = items.get(index);
                pendingExchanges = total - index - 1;
                if (events != null && !events.wants(item.object())) {
                    save(item.after()); // an event of another type, which Stripe's filter could not leave out
                    continue;
                }
                Exchange exchange = createExchange(item, index, total);
                try {
                    getProcessor().process(exchange);
                } catch (Exception e) {
                    exchange.setException(e);
                }
                Throwable failure = failureOf(exchange);
                releaseExchange(exchange, false);
                if (failure != null) {
                    return new ListWalker.Delivery(index, failure); // reported once, by failedDelivery
                }
                try {
                    save(item.after()); // the one place an object counts as delivered
                } catch (StaleStateException positionTaken) {
                    // not counted as completed, so the walker saves nothing more and ends the poll
                    LOG.warn("stripe:{}: {} was delivered, but its position was refused: {} This poll stops here,"
                             + " without moving the position; the instance that moved it may deliver {} again. {}",
                             trigger.operation(), item.object().getId(), positionTaken.getMessage(),
                             item.object().getId(), TWO_POLLERS);
                    return new ListWalker.Delivery(index, null);
                }
                listener.delivered(item.object().getId(), item.created());
            }
            return new ListWalker.Delivery(total, null);
        } finally {
            pendingExchanges = 0;
        }
    }

    /** Camel's batch consumer contract: the queue holds {@link ListWalker.Item}s. */
    @Override
    public int processBatch(Queue<Object> exchanges) {
        List<ListWalker.Item> items = new ArrayList<>(exchanges.size());
        exchanges.forEach(item -> items.add((ListWalker.Item) item));
        return deliver(items).completed();
    }

    @Override
    public boolean mayGoOn() {
        return isBatchAllowed();
    }

    /**
     * An exception, or a rollback without one: markRollbackOnly, markRollbackOnlyLast, or a rollback() the route
     * handled (its RollbackExchangeException caught), fails the delivery.
     */
    public static Throwable failureOf(Exchange exchange) {
        if (exchange.getException() != null) {
            return exchange.getException();
        }
        if (exchange.getProperty(Exchange.EXCEPTION_CAUGHT) instanceof RollbackExchangeException handled) {
            return handled;
        }
        if (exchange.isRollbackOnly() || exchange.isRollbackOnlyLast()) {
            return new RollbackExchangeException("The route marked the exchange of "
                                                 + exchange.getMessage().getHeader(StripeConstants.OBJECT_ID)
                                                 + " rollback-only", exchange);
        }
        return null;
    }

    private Exchange createExchange(ListWalker.Item item, int index, int total) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(item.object());
        message.setHeader(StripeConstants.OBJECT_ID, item.object().getId());
        message.setHeader(StripeConstants.CREATED, item.created());
        message.setHeader(StripeConstants.OBJECT_TYPE,
                item.object().getObject() == null ? trigger.objectType() : item.object().getObject());
        if (item.object() instanceof Event event) {
            EventMessages.fill(message, event); // the object's id is the one of data.object, as from the webhook
        }
        exchange.setProperty(Exchange.BATCH_INDEX, index);
        exchange.setProperty(Exchange.BATCH_SIZE, total);
        exchange.setProperty(Exchange.BATCH_COMPLETE, index == total - 1);
        return exchange;
    }

    private void answeredWithoutDate(String path) {
        if (warnedWithoutDate.compareAndSet(false, true)) {
            LOG.warn("stripe:{}: GET {} answered without a Date header (Stripe always sends one): settleTime and"
                     + " startFrom=now use this host's clock instead of Stripe's", trigger.operation(), path);
        }
    }

    private Clock clock() {
        return getEndpoint().getComponent().getClock();
    }

    private PollState loadState() {
        String json = stateRepository.getState(stateKey);
        return json == null || json.isBlank() ? null : PollState.fromJson(json);
    }

    @Override
    public void save(PollState position) {
        stateRepository.setState(stateKey, position.toJson());
    }

    /** The stored position, or null before the first one was stored. */
    public PollState getState() {
        return stateRepository == null ? null : loadState();
    }

    public StripeTrigger getTrigger() {
        return trigger;
    }

    @Override
    public TriggerListener listener() {
        return listener;
    }

    /** Who is told of this trigger's polls, list calls and deliveries (metrics, the dev console). */
    public void setListener(TriggerListener listener) {
        this.listener = listener == null ? TriggerListener.NONE : listener;
    }

    /** The key the position is stored under: the stateKey option, or {@link #defaultStateKey}. */
    public String getStateKey() {
        return stateKey;
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        ExecutorService stopped = prefetcher;
        prefetcher = null;
        if (stopped != null) {
            // a walk waits for the call it started before it returns, so the thread is idle once the poll ended and
            // ends at once; graceful all the same, so that it has ended when the route has stopped
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(stopped);
        }
    }

    @Override
    protected void doShutdown() throws Exception {
        super.doShutdown();
        if (stats != null) {
            getEndpoint().getComponent().getObservability().remove(stats);
        }
    }

    // JMX: what the dev console shows of this trigger (see docs/observability.md)

    /** What this trigger did, or null before it first started. */
    public TriggerStats getStats() {
        return stats;
    }

    @ManagedAttribute(description = "The connection: its connectionAlias, or the key's masked kind and fingerprint")
    public String getConnection() {
        return stats == null ? null : stats.connection();
    }

    @ManagedAttribute(description = "The stored position, as JSON")
    public String getPosition() {
        return stats == null ? null : stats.position();
    }

    @ManagedAttribute(description = "When the last poll started (ISO-8601)")
    public String getLastPollAt() {
        return stats == null || stats.lastPollAt() == null ? null : stats.lastPollAt().toString();
    }

    @ManagedAttribute(description = "How the last poll ended: SUCCESS, DELIVERY_FAILED or FAILED")
    public String getLastPollOutcome() {
        return stats == null || stats.lastOutcome() == null ? null : stats.lastOutcome().name();
    }

    @ManagedAttribute(description = "Why the last poll or delivery failed")
    public String getLastPollError() {
        return stats == null ? null : stats.lastError();
    }

    @ManagedAttribute(description = "Seconds between Stripe's clock and the created of the newest object delivered")
    public Long getLagSeconds() {
        return stats == null ? null : stats.lagSeconds();
    }

    @ManagedAttribute(description = "Polls in a row that failed or stopped on a failed delivery")
    public int getConsecutiveFailures() {
        return stats == null ? 0 : stats.consecutiveFailures();
    }

    @ManagedAttribute(description = "Polls since the route started")
    public long getPolls() {
        return stats == null ? 0 : stats.polls();
    }

    @ManagedAttribute(description = "List calls since the route started")
    public long getListCalls() {
        return stats == null ? 0 : stats.listCalls();
    }

    @ManagedAttribute(description = "Objects delivered since the route started")
    public long getDelivered() {
        return stats == null ? 0 : stats.delivered();
    }

    @ManagedAttribute(description = "Deliveries that failed or were rolled back since the route started")
    public long getDeliveryFailures() {
        return stats == null ? 0 : stats.failedDeliveries();
    }

    @ManagedAttribute(description = "The object whose delivery keeps failing (the poison object), if any")
    public String getPoisonObjectId() {
        return stats == null ? null : stats.poisonId();
    }

    @ManagedAttribute(description = "Failed deliveries in a row of the poison object")
    public int getPoisonAttempts() {
        return stats == null ? 0 : stats.poisonAttempts();
    }

    @ManagedAttribute(description = "The progress of the poll running now, or of the last one")
    public String getProgress() {
        return stats == null ? null : stats.progress();
    }
}
