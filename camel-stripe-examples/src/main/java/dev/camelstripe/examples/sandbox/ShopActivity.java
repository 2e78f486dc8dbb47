package dev.camelstripe.examples.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the sandbox look like a live shop so the trigger examples have something to pick up: each round one
 * existing customer (one is created when there is none) gets a charge (about one in four declined), an invoice item
 * and a legacy order. Seeded with a {@link Random}, the choices of a sequence of rounds are reproducible.
 */
public final class ShopActivity implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ShopActivity.class);
    private static final String[] PRODUCTS = {"T-shirt", "Mug", "Sticker pack", "Hoodie", "Poster"};
    private static final String[] NAMES = {"Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra",
            "Barbara Liskov", "Donald Knuth"};
    private static final List<String> PAID_STATUSES = List.of("paid", "fulfilled", "returned");

    /** What one round created. */
    public record Round(Map<String, Object> customer, Map<String, Object> charge, Map<String, Object> invoiceItem,
            Map<String, Object> order) {

        public boolean chargeFailed() {
            return "failed".equals(charge.get("status"));
        }
    }

    private final ResourceStore customers;
    private final ResourceStore charges;
    private final ResourceStore invoiceItems;
    private final ResourceStore orders;
    private final Random random;
    private ScheduledExecutorService scheduler;

    public ShopActivity(ResourceStore customers, ResourceStore charges, ResourceStore invoiceItems,
            ResourceStore orders, Random random) {
        this.customers = customers;
        this.charges = charges;
        this.invoiceItems = invoiceItems;
        this.orders = orders;
        this.random = random;
    }

    /** Generates one round now, on the caller's thread. */
    public synchronized Round tick() {
        Map<String, Object> customer = pickOrCreateCustomer();
        String customerId = (String) customer.get("id");
        String item = PRODUCTS[random.nextInt(PRODUCTS.length)];
        long amount = 500L + 100L * random.nextInt(96);
        boolean declined = random.nextInt(4) == 0;

        Map<String, Object> chargeFields = new LinkedHashMap<>();
        chargeFields.put("amount", amount);
        chargeFields.put("customer", customerId);
        chargeFields.put("description", "Sandbox shop: " + item);
        chargeFields.put("receipt_email", customer.get("email"));
        chargeFields.put("status", declined ? "failed" : "succeeded");
        Map<String, Object> charge = charges.create(chargeFields);

        Map<String, Object> invoiceItem = invoiceItems.create(Map.of("amount", amount, "customer", customerId,
                "description", item));

        Map<String, Object> orderFields = new LinkedHashMap<>();
        orderFields.put("amount", amount);
        orderFields.put("customer", customerId);
        orderFields.put("email", customer.get("email"));
        if (declined) {
            orderFields.put("status", random.nextBoolean() ? "created" : "canceled");
        } else {
            orderFields.put("status", PAID_STATUSES.get(random.nextInt(PAID_STATUSES.size())));
            orderFields.put("charge", charge.get("id"));
        }
        Map<String, Object> order = orders.create(orderFields);
        return new Round(customer, charge, invoiceItem, order);
    }

    /** Runs {@link #tick()} every {@code period} on a daemon thread until {@link #stop()}; restarts if running. */
    public synchronized void start(Duration period) {
        stop();
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stripe-sandbox-activity");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleAtFixedRate(this::safeTick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    public synchronized boolean running() {
        return scheduler != null;
    }

    @Override
    public void close() {
        stop();
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) { // a thrown exception would silently cancel the schedule
            LOG.warn("Sandbox shop activity round failed", e);
        }
    }

    private Map<String, Object> pickOrCreateCustomer() {
        List<Map<String, Object>> existing = customers.all();
        if (!existing.isEmpty()) {
            return existing.get(random.nextInt(existing.size()));
        }
        String name = NAMES[random.nextInt(NAMES.length)];
        String email = name.toLowerCase().replace(' ', '.') + "@example.com";
        return customers.create(Map.of("name", name, "email", email, "description", "Created by the sandbox shop"));
    }
}
