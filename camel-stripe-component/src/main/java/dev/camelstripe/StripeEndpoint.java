package dev.camelstripe;

import java.util.Map;

import dev.camelstripe.client.StripeClient;
import dev.camelstripe.client.StripeMethod;
import dev.camelstripe.consumer.StripePollingConsumer;
import dev.camelstripe.producer.ProducerOptions;
import dev.camelstripe.producer.StripeProducer;
import dev.camelstripe.webhook.EventsConfiguration;
import dev.camelstripe.webhook.StripeWebhookConsumer;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.util.PropertiesHelper;
import org.apache.camel.util.URISupport;

/**
 * Create and update Stripe products and customers, be told of new orders, charges, invoice items and customers, and
 * receive Stripe events, by signed webhook or from the events API.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "stripe", title = "Stripe", syntax = "stripe:operation",
             category = { Category.SAAS }, headersClass = StripeConstants.class)
public class StripeEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    /** The connector's trigger polling frequency: one poll per 120 seconds. */
    static final long DEFAULT_POLL_DELAY = 120_000;

    @UriPath(description = "What the endpoint does: an action, used in to(...), or a trigger, used in from(...)")
    @Metadata(required = true)
    private StripeOperation operation;
    @UriParam
    private StripeConfiguration configuration;
    @UriParam
    private EventsConfiguration eventsConfiguration = new EventsConfiguration();
    @UriParam(label = "consumer,scheduler", defaultValue = "" + DEFAULT_POLL_DELAY,
              description = "Milliseconds before the next poll. The default is the connector's one poll per 120 s.")
    private long delay = DEFAULT_POLL_DELAY;
    @UriParam(label = "consumer", defaultValue = "now")
    private String startFrom = "now";
    @UriParam(label = "consumer", defaultValue = "100")
    private int pageSize = 100;
    @UriParam(label = "consumer", defaultValue = "0")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer")
    private String stateKey;
    @UriParam(label = "consumer", defaultValue = "60000", javaType = "java.time.Duration")
    private long settleTime = 60_000;
    @UriParam(label = "consumer", prefix = "list.", multiValue = true)
    private Map<String, Object> listParameters;
    @UriParam(label = "consumer", defaultValue = "3")
    private int deliveryFailureThreshold = 3;
    @UriParam(label = "consumer,advanced", defaultValue = "false")
    private boolean prefetch;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean autoPaginate;
    @UriParam(label = "producer", defaultValue = "0")
    private long maxObjects;
    @UriParam(label = "producer", enums = "GET,POST,DELETE")
    private StripeMethod method;
    @UriParam(label = "producer")
    private String path;
    @UriParam(label = "producer", javaType = "java.lang.Class<dev.camelstripe.model.StripeObject>")
    private Class<?> resultClass;

    private volatile StripeClient client;
    /** A trigger's position when no stateRepository is set: lives as long as the endpoint, across route restarts. */
    private final StateRepository<String, String> memoryStateRepository = new MemoryStateRepository();

    public StripeEndpoint(String uri, StripeComponent component, StripeOperation operation,
                          StripeConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
        super.setDelay(DEFAULT_POLL_DELAY);
    }

    @Override
    public StripeComponent getComponent() {
        return (StripeComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        operation.require(StripeOperation.Kind.ACTION, StripeOperation.inEndpoint(describe()));
        ProducerOptions.check(this);
        return new StripeProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        operation.require(StripeOperation.Kind.TRIGGER, StripeOperation.inEndpoint(describe()));
        if (operation == StripeOperation.webhook) {
            StripeWebhookConsumer consumer = new StripeWebhookConsumer(this, processor);
            configureConsumer(consumer);
            return consumer;
        }
        StripePollingConsumer consumer = new StripePollingConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(maxMessagesPerPoll); // a field of Camel's batch consumer
        configureConsumer(consumer);
        if (operation == StripeOperation.newOrders && getBackoffMultiplier() == 0) {
            // the legacy Orders API answers 404 for current accounts: do not ask again every poll
            consumer.setBackoffMultiplier(StripePollingConsumer.ORDERS_BACKOFF_MULTIPLIER);
            if (getBackoffErrorThreshold() == 0) {
                consumer.setBackoffErrorThreshold(StripePollingConsumer.ORDERS_BACKOFF_ERROR_THRESHOLD);
            }
        }
        return consumer;
    }

    /** Takes the list.* parameters into listParameters, as ScheduledPollEndpoint does with scheduler.*. */
    @Override
    public void configureProperties(Map<String, Object> options) {
        Map<String, Object> list = PropertiesHelper.extractProperties(options, "list.");
        if (!list.isEmpty()) {
            setListParameters(list);
        }
        super.configureProperties(options);
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        boolean callsStripe = operation != StripeOperation.webhook;
        if (callsStripe && (configuration.getApiKey() == null || configuration.getApiKey().isBlank())) {
            throw new IllegalArgumentException("stripe:" + operation + " needs an API key: set the apiKey option on"
                                               + " the endpoint or on the stripe component"
                                               + " (camel.component.stripe.api-key)");
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (operation != StripeOperation.webhook) { // it receives events and calls no Stripe API
            client = getComponent().createClient(this, configuration);
        }
    }

    @Override
    protected void doStop() throws Exception {
        client = null;
        getComponent().releaseClient(this);
        super.doStop();
    }

    /** The endpoint's Stripe client; available once the endpoint has started. */
    public StripeClient getClient() {
        StripeClient current = client;
        if (current == null) {
            throw new IllegalStateException("stripe:" + operation + " is not started");
        }
        return current;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getApiBase();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return configuration.getStripeAccount() == null ? null : Map.of("stripeAccount", configuration.getStripeAccount());
    }

    /** The endpoint URI with its secrets masked, for messages. */
    public String describe() {
        return URISupport.sanitizeUri(getEndpointUri());
    }

    public StripeOperation getOperation() {
        return operation;
    }

    /** The action or trigger. */
    public void setOperation(StripeOperation operation) {
        this.operation = operation;
    }

    public StripeConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(StripeConfiguration configuration) {
        this.configuration = configuration;
    }

    public EventsConfiguration getEventsConfiguration() {
        return eventsConfiguration;
    }

    public void setEventsConfiguration(EventsConfiguration eventsConfiguration) {
        this.eventsConfiguration = eventsConfiguration;
    }

    @Override
    public long getDelay() {
        return delay;
    }

    /** Milliseconds before the next poll. The default is the connector's one poll per 120 s. */
    @Override
    public void setDelay(long delay) {
        this.delay = delay;
        super.setDelay(delay);
    }

    public String getStartFrom() {
        return startFrom;
    }

    /**
     * Where a trigger starts when it has no stored position: now (objects created from the moment the trigger first
     * started on, on Stripe's clock: the start is stored at once so nothing created while the first polls wait or
     * fail is lost), beginning (every existing object, oldest first), or an instant, ISO-8601 (2024-05-01T00:00:00Z)
     * or epoch seconds (objects created at or after it). Epoch milliseconds and instants more than a day ahead of
     * the host's clock are refused at start. Once a position is stored it wins over this option.
     */
    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public int getPageSize() {
        return pageSize;
    }

    /** How many objects a trigger asks Stripe for per list call (Stripe's limit), 1 to 100. */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /** The most objects one poll delivers; the next poll continues where it stopped. 0 means no cap. */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Where a trigger keeps its position (the last delivered object) so that it survives a restart, e.g. a
     * FileStateRepository. In memory when not set: a restarted CamelContext then starts again from startFrom.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    /** The repository triggers keep their position in: stateRepository, or the endpoint's in-memory one. */
    public StateRepository<String, String> getStateRepositoryInUse() {
        return stateRepository != null ? stateRepository : memoryStateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    /**
     * The key of this trigger's position in the stateRepository. Defaults to stripe:OPERATION, plus :ACCOUNT when
     * stripeAccount is set; set it when several routes with the same trigger share one repository.
     */
    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public long getSettleTime() {
        return settleTime;
    }

    /**
     * How long after the end of its creation second an object is left to settle before a trigger delivers it, in
     * milliseconds (or a duration such as 60s; rounded up to whole seconds), on Stripe's clock (the Date of its
     * answers). Stripe's lists are eventually consistent: an object can show up after newer ones were listed, and one
     * that shows up at most this late is still delivered, exactly once and in order. Lower it for lower latency at the
     * risk of missing such an object; 0 delivers what Stripe lists once its creation second is over.
     */
    public void setSettleTime(long settleTime) {
        this.settleTime = settleTime;
    }

    public Map<String, Object> getListParameters() {
        return listParameters;
    }

    /**
     * Extra parameters for a trigger's list calls, as list.NAME=VALUE: filters the list accepts (list.customer=cus_1
     * on newCharges and newInvoiceItems, list.test_clock=clock_1 on newCustomers, which otherwise leaves out customers
     * of test clocks) and list.expand=data.customer (several comma separated). limit, starting_after, ending_before
     * and created are the trigger's own and refused at start.
     */
    public void setListParameters(Map<String, Object> listParameters) {
        this.listParameters = listParameters;
    }

    public int getDeliveryFailureThreshold() {
        return deliveryFailureThreshold;
    }

    /**
     * After this many failed deliveries in a row of the same object (an exception or a rollback the route does not
     * handle), the trigger's poll fails with a StripeTriggerStalledException naming the object, so its health check
     * is DOWN until the object is delivered or moved aside (a dead-letter channel). The object is still delivered
     * again on every poll.
     */
    public void setDeliveryFailureThreshold(int deliveryFailureThreshold) {
        this.deliveryFailureThreshold = deliveryFailureThreshold;
    }

    public boolean isPrefetch() {
        return prefetch;
    }

    /**
     * While the route processes a trigger's page that has more behind it (a backfill, a burst of new objects), list
     * the next page on a thread of the consumer's own, so that Stripe's answer time overlaps the route's: for a long
     * backfill whose route waits on I/O (a database, another API). It is the call the trigger makes next anyway, made
     * only when the whole page will be delivered; when the delivery stops early (a failed or rolled-back exchange,
     * shutdown) its page is dropped, at the cost of that one list call, and listed again by the next poll. Two pages
     * are in memory instead of one. Off by default: where the route is quick it gains nothing and costs a thread.
     */
    public void setPrefetch(boolean prefetch) {
        this.prefetch = prefetch;
    }

    public boolean isAutoPaginate() {
        return autoPaginate;
    }

    /**
     * For a list or search action: the body becomes a lazy Iterable (and Iterator) over every object across pages,
     * read a page at a time as it is iterated (through the throttle and retries), for split(body()).streaming().
     * Without it the body is one page, a StripeList (a StripeSearchResult for a search), with its cursor in headers.
     * On stripe:request, a GET of a list (or of a search, a path ending in /search) the table does not declare is
     * walked the same way, its objects as the resultClass.
     */
    public void setAutoPaginate(boolean autoPaginate) {
        this.autoPaginate = autoPaginate;
    }

    public long getMaxObjects() {
        return maxObjects;
    }

    /**
     * With autoPaginate: the most objects the walk hands out; no page beyond them is read, and the last page asks
     * for no more than are left. 0 means every object.
     */
    public void setMaxObjects(long maxObjects) {
        this.maxObjects = maxObjects;
    }

    public StripeMethod getMethod() {
        return method;
    }

    /** For stripe:request: the HTTP method of the call, GET, POST or DELETE; the CamelStripeMethod header wins. */
    public void setMethod(StripeMethod method) {
        this.method = method;
    }

    public String getPath() {
        return path;
    }

    /**
     * For stripe:request: the path of the call under apiBase, starting /v1/ or /v2/, with {id} for the object id
     * (CamelStripeObjectId or id in the body); the CamelStripePath header wins. Query parameters come from the body.
     * A path with '..', a scheme or host, '?', '#', a percent sign or another character than letters, digits and
     * _ - . / is refused before sending.
     */
    public void setPath(String path) {
        this.path = path;
    }

    public Class<?> getResultClass() {
        return resultClass;
    }

    /**
     * For stripe:request: the class of the answer, a Stripe model such as dev.camelstripe.model.Customer; by default
     * an UntypedStripeObject, which keeps every field of the answer.
     */
    public void setResultClass(Class<?> resultClass) {
        this.resultClass = resultClass;
    }
}
