package dev.camelstripe.examples.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import dev.camelstripe.examples.sandbox.ResourceStore.EventTypes;

/**
 * A local, in-memory, stateful Stripe: the slice of the REST API the camel-stripe component uses, on
 * {@code http://127.0.0.1:<port>}, so the examples run without a Stripe account and tests can look at its state.
 *
 * <pre>{@code
 * try (StripeSandbox stripe = StripeSandbox.start()) {
 *     // point the component at stripe.baseUrl(), any sk_test_ key
 *     stripe.activity().tick();
 *     assertThat(stripe.charges().count()).isEqualTo(1);
 * }
 * }</pre>
 */
public final class StripeSandbox implements AutoCloseable {

    static final int THREADS = 4;

    private final StoreContext context;
    private final ResourceStore products;
    private final ResourceStore customers;
    private final ResourceStore charges;
    private final ResourceStore invoiceItems;
    private final ResourceStore orders;
    private final ResourceStore paymentIntents;
    private final ResourceStore paymentMethods;
    private final ResourceStore refunds;
    private final ResourceStore balanceTransactions;
    private final ResourceStore prices;
    private final ResourceStore invoices;
    private final ResourceStore subscriptions;
    private final ResourceStore checkoutSessions;
    private final EventLog eventLog;
    private final Webhooks webhooks;
    private final Payments payments;
    private final Intents intents;
    private final CheckoutSessionsApi checkout;
    private final ShopActivity activity;
    private final Faults faults = new Faults();
    private final SandboxHttpServer server;
    // Current Stripe accounts answer 404 on /v1/orders; the examples want data, so the legacy API is on by default.
    private volatile boolean ordersApiEnabled = true;

    private StripeSandbox(Clock clock, int port, Random random) throws IOException {
        context = new StoreContext(clock);
        eventLog = new EventLog(context);
        context.recordChangesWith(eventLog);
        webhooks = new Webhooks(context, eventLog.events());
        eventLog.subscribe(webhooks);

        // which event each change records: stripe-node's Event.Type lists every type named here
        products = store("product", "prod", ShopObjects::product, EventTypes.of("product"));
        customers = store("customer", "cus", ShopObjects::customer, EventTypes.of("customer"));
        charges = store("charge", "ch", ShopObjects::charge,
                new EventTypes(o -> "charge." + o.get("status"), "charge.updated", null));
        invoiceItems = new ResourceStore(context, "invoiceitem", "ii", "date", ShopObjects::invoiceItem,
                new EventTypes(o -> "invoiceitem.created", null, "invoiceitem.deleted"));
        // order.* events were removed in API version 2024-04-10
        orders = store("order", "or", ShopObjects::order, EventTypes.NONE);
        paymentIntents = store("payment_intent", "pi", PaymentObjects::paymentIntent,
                new EventTypes(o -> "payment_intent.created", null, null));
        paymentMethods = store("payment_method", "pm", PaymentObjects::paymentMethod,
                new EventTypes(o -> null, "payment_method.updated", null));
        refunds = store("refund", "re", PaymentObjects::refund,
                new EventTypes(o -> "refund.created", "refund.updated", null));
        balanceTransactions = store("balance_transaction", "txn", PaymentObjects::balanceTransaction,
                EventTypes.NONE);
        prices = store("price", "price", BillingObjects::price, EventTypes.of("price"));
        invoices = store("invoice", "in", BillingObjects::invoice, EventTypes.of("invoice"));
        subscriptions = store("subscription", "sub", BillingObjects::subscription,
                EventTypes.of("customer.subscription"));
        checkoutSessions = store("checkout.session", "cs_test", BillingObjects::checkoutSession, EventTypes.NONE);

        payments = new Payments(charges, refunds, balanceTransactions, paymentMethods);
        intents = new Intents(paymentIntents, payments);
        Billing billing = new Billing(invoices, invoiceItems, subscriptions, customers, intents);
        activity = new ShopActivity(customers, invoiceItems, orders, intents, random);

        Router router = new Router();
        ProductsApi productsApi = new ProductsApi(products, prices);
        productsApi.register(router);
        new CustomersApi(customers, paymentMethods, payments).register(router);
        new ChargesApi(charges, customers, payments).register(router);
        new PaymentIntentsApi(intents, customers).register(router);
        new PaymentMethodsApi(paymentMethods, customers, payments).register(router);
        new RefundsApi(refunds, charges, paymentIntents, payments).register(router);
        new BalanceTransactionsApi(balanceTransactions).register(router);
        new PricesApi(prices, products, productsApi).register(router);
        new InvoicesApi(billing, customers, paymentMethods).register(router);
        new SubscriptionsApi(billing, customers, prices, paymentMethods).register(router);
        checkout = new CheckoutSessionsApi(checkoutSessions, prices, customers, intents, billing, paymentMethods);
        checkout.register(router);
        new EventsApi(eventLog.events()).register(router);
        new WebhookEndpointsApi(webhooks).register(router);
        router.on("GET", "/v1/invoiceitems",
                        new ListEndpoint(invoiceItems, "/v1/invoiceitems", List.of("customer", "invoice")))
                .on("GET", "/v1/orders", new ListEndpoint(orders, "/v1/orders", List.of("customer", "status")),
                        this::ordersApiEnabled)
                .on("GET", "/v1/orders/{id}", new RetrieveEndpoint(orders), this::ordersApiEnabled);
        server = new SandboxHttpServer(port, THREADS, router, new IdempotencyCache(clock), faults);
    }

    private ResourceStore store(String objectName, String idPrefix, ResourceStore.Template template,
            EventTypes eventTypes) {
        return new ResourceStore(context, objectName, idPrefix, "created", template, eventTypes);
    }

    /** On a free port, with the system clock. */
    public static StripeSandbox start() {
        return start(Clock.systemUTC());
    }

    /** On a free port; every timestamp ({@code created}, {@code updated}, {@code date}) is read from {@code clock}. */
    public static StripeSandbox start(Clock clock) {
        return start(clock, 0, new Random());
    }

    /**
     * @param port   0 for a free port
     * @param random drives the shop activity's choices; seed it for reproducible rounds
     * @throws IllegalStateException naming the port and how to choose another when {@code port} is taken
     */
    public static StripeSandbox start(Clock clock, int port, Random random) {
        try {
            return new StripeSandbox(clock, port, random);
        } catch (BindException e) {
            throw new IllegalStateException("Cannot start the Stripe sandbox: port " + port + " on 127.0.0.1 is "
                    + "already in use (another sandbox, or another program). Stop it, or choose another port: "
                    + "give it as the first argument (with Maven: -Dexec.args=" + (port + 1) + ") and point "
                    + "camel.component.stripe.api-base at http://127.0.0.1:" + (port + 1) + ".", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Stripe sandbox on port " + port, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.port();
    }

    public ResourceStore products() {
        return products;
    }

    public ResourceStore customers() {
        return customers;
    }

    public ResourceStore charges() {
        return charges;
    }

    public ResourceStore invoiceItems() {
        return invoiceItems;
    }

    public ResourceStore orders() {
        return orders;
    }

    public ResourceStore paymentIntents() {
        return paymentIntents;
    }

    public ResourceStore paymentMethods() {
        return paymentMethods;
    }

    public ResourceStore refunds() {
        return refunds;
    }

    public ResourceStore balanceTransactions() {
        return balanceTransactions;
    }

    public ResourceStore prices() {
        return prices;
    }

    public ResourceStore invoices() {
        return invoices;
    }

    public ResourceStore subscriptions() {
        return subscriptions;
    }

    public ResourceStore checkoutSessions() {
        return checkoutSessions;
    }

    /** Every event recorded in the last 30 days: what {@code /v1/events} serves. */
    public ResourceStore events() {
        return eventLog.events();
    }

    /** The webhook endpoints, their secrets and the deliveries to them. */
    public Webhooks webhooks() {
        return webhooks;
    }

    /** The settings {@link #webhookEndpointFrom} reads. */
    public static final String WEBHOOK_URL = "stripe.sandbox.webhook.url";
    public static final String WEBHOOK_SECRET = "stripe.sandbox.webhook.secret";
    public static final String WEBHOOK_EVENTS = "stripe.sandbox.webhook.events";

    /**
     * Registers the webhook endpoint that {@code settings} name, if any: {@value #WEBHOOK_URL}, {@value #WEBHOOK_SECRET}
     * (a {@code whsec_} secret; generated when unset) and {@value #WEBHOOK_EVENTS} (comma-separated types, {@code *}
     * when unset). {@link #main} reads them from system properties.
     *
     * @return the endpoint with its {@code secret}, or null when no URL is set
     */
    public Map<String, Object> webhookEndpointFrom(Function<String, String> settings) {
        String url = settings.apply(WEBHOOK_URL);
        if (url == null || url.isBlank()) {
            return null;
        }
        String events = settings.apply(WEBHOOK_EVENTS);
        List<String> types = events == null || events.isBlank() ? List.of("*")
                : Arrays.stream(events.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        String secret = settings.apply(WEBHOOK_SECRET);
        return secret == null || secret.isBlank() ? webhooks.register(url.strip(), types)
                : webhooks.register(url.strip(), types, secret.strip());
    }

    /**
     * How long a write takes to become searchable ({@link StoreContext#DEFAULT_SEARCH_DELAY} by default): Stripe's
     * search is not read-after-write. {@code Duration.ZERO} makes every write searchable at once.
     */
    public StripeSandbox searchDelay(Duration delay) {
        context.searchDelay(delay);
        return this;
    }

    /**
     * What banks and card networks finish later, now: bank debits in {@code processing} succeed or fail, pending
     * refunds succeed, refunds of {@code pm_card_refundFail} payments fail. The shop activity settles every round.
     */
    public void settlePayments() {
        intents.settle();
        payments.settleRefunds();
    }

    /** The customer answers 3D Secure for a payment intent in {@code requires_action}: approved or not. */
    public Map<String, Object> authenticate(String paymentIntent, boolean approved) {
        return intents.authenticate(paymentIntent, approved);
    }

    /**
     * The customer pays an open Checkout Session on Stripe's hosted page with {@code paymentMethod} (a test method
     * such as {@code pm_card_visa}); a declined card throws the decline and leaves the session open.
     */
    public Map<String, Object> completeCheckout(String session, String paymentMethod) {
        return checkout.complete(session, paymentMethod);
    }

    public ShopActivity activity() {
        return activity;
    }

    /** Errors answered in place of the next calls of a route: {@code faults().failNext("POST", "/v1/customers", e)}. */
    public Faults faults() {
        return faults;
    }

    /** HTTP requests received so far, refused ones included. */
    public long requestCount() {
        return server.requestCount();
    }

    /**
     * Authenticated calls of one route so far, refused ones included ({@code callCount("POST", "/v1/customers")}):
     * proves that a caller sent nothing there while other routes keep polling.
     */
    public long callCount(String method, String pattern) {
        return server.callCount(method, pattern);
    }

    /** Shorthand for {@code activity().start(period)}. */
    public StripeSandbox startActivity(Duration period) {
        activity.start(period);
        return this;
    }

    public void stopActivity() {
        activity.stop();
    }

    public boolean ordersApiEnabled() {
        return ordersApiEnabled;
    }

    /** false makes {@code /v1/orders} answer 404 "Unrecognized request URL", like an account where it was removed. */
    public StripeSandbox ordersApiEnabled(boolean enabled) {
        this.ordersApiEnabled = enabled;
        return this;
    }

    @Override
    public void close() {
        activity.close();
        webhooks.close();
        server.close();
    }

    /**
     * Runs a sandbox on port {@link SandboxLimits#DEFAULT_PORT} (or args[0]) with shop activity every 5 s until the
     * process is stopped; {@code -Dstripe.sandbox.webhook.url=...} (and the other {@link #webhookEndpointFrom}
     * settings) sends its events there, signed.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].strip())
                : SandboxLimits.DEFAULT_PORT;
        StripeSandbox sandbox;
        try {
            sandbox = start(Clock.systemUTC(), port, new Random());
        } catch (IllegalStateException portTaken) {
            System.err.println(portTaken.getMessage());
            System.exit(1);
            return;
        }
        try (sandbox) {
            Map<String, Object> endpoint = sandbox.webhookEndpointFrom(System::getProperty);
            sandbox.startActivity(Duration.ofSeconds(5));
            System.out.println("Stripe sandbox on " + sandbox.baseUrl() + " (any sk_test_ key); Ctrl-C to stop");
            if (endpoint != null && System.getProperty(WEBHOOK_SECRET) == null) {
                // as `stripe listen` does: a generated secret is of no use unless the receiver is told it
                System.out.println("Webhook events to " + endpoint.get("url") + ", signing secret "
                        + endpoint.get("secret"));
            }
            new CountDownLatch(1).await();
        }
    }
}
