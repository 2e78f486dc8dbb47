package dev.camelstripe.examples.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

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

    private final ResourceStore products;
    private final ResourceStore customers;
    private final ResourceStore charges;
    private final ResourceStore invoiceItems;
    private final ResourceStore orders;
    private final ShopActivity activity;
    private final Faults faults = new Faults();
    private final SandboxHttpServer server;
    // Current Stripe accounts answer 404 on /v1/orders; the examples want data, so the legacy API is on by default.
    private volatile boolean ordersApiEnabled = true;

    private StripeSandbox(Clock clock, int port, Random random) throws IOException {
        products = new ResourceStore("product", "prod", "created", clock, ShopObjects::product);
        customers = new ResourceStore("customer", "cus", "created", clock, ShopObjects::customer);
        charges = new ResourceStore("charge", "ch", "created", clock, ShopObjects::charge);
        invoiceItems = new ResourceStore("invoiceitem", "ii", "date", clock, ShopObjects::invoiceItem);
        orders = new ResourceStore("order", "or", "created", clock, ShopObjects::order);
        activity = new ShopActivity(customers, charges, invoiceItems, orders, random);

        Router router = new Router();
        new ProductsApi(products).register(router);
        new CustomersApi(customers).register(router);
        router.on("GET", "/v1/charges", new ListEndpoint(charges, "/v1/charges", List.of("customer")))
                .on("GET", "/v1/invoiceitems",
                        new ListEndpoint(invoiceItems, "/v1/invoiceitems", List.of("customer", "invoice")))
                .on("GET", "/v1/orders", new ListEndpoint(orders, "/v1/orders", List.of("customer", "status")),
                        this::ordersApiEnabled)
                .on("GET", "/v1/orders/{id}", new RetrieveEndpoint(orders), this::ordersApiEnabled);
        server = new SandboxHttpServer(port, THREADS, router, new IdempotencyCache(clock), faults);
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
        server.close();
    }

    /**
     * Runs a sandbox on port {@link SandboxLimits#DEFAULT_PORT} (or args[0]) with shop activity every 5 s until the
     * process is stopped.
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
            sandbox.startActivity(Duration.ofSeconds(5));
            System.out.println("Stripe sandbox on " + sandbox.baseUrl() + " (any sk_test_ key); Ctrl-C to stop");
            new CountDownLatch(1).await();
        }
    }
}
