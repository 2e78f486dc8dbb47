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
 * Makes the sandbox look like a live shop so the trigger examples have something to pick up: each round first
 * settles what banks finish later, then one existing customer (one is created when there is none) pays through a
 * payment intent confirmed with Stripe's test card {@code pm_card_visa} (about one in four with
 * {@code pm_card_chargeDeclined}, declined), which makes the round's charge; gets an invoice item and a legacy order;
 * and about one round in five refunds an earlier succeeded charge. Every change records its event. Seeded with a
 * {@link Random}, the choices of a sequence of rounds are reproducible.
 */
public final class ShopActivity implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ShopActivity.class);
    private static final String[] PRODUCTS = {"T-shirt", "Mug", "Sticker pack", "Hoodie", "Poster"};
    private static final String[] NAMES = {"Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra",
            "Barbara Liskov", "Donald Knuth"};
    private static final List<String> PAID_STATUSES = List.of("paid", "fulfilled", "returned");

    /** What one round created; {@code refund} is null when the round refunded nothing. */
    public record Round(Map<String, Object> customer, Map<String, Object> paymentIntent, Map<String, Object> charge,
            Map<String, Object> invoiceItem, Map<String, Object> order, Map<String, Object> refund) {

        public boolean chargeFailed() {
            return "failed".equals(charge.get("status"));
        }
    }

    private final ResourceStore customers;
    private final ResourceStore invoiceItems;
    private final ResourceStore orders;
    private final Intents intents;
    private final Random random;
    private ScheduledExecutorService scheduler;

    ShopActivity(ResourceStore customers, ResourceStore invoiceItems, ResourceStore orders, Intents intents,
            Random random) {
        this.customers = customers;
        this.invoiceItems = invoiceItems;
        this.orders = orders;
        this.intents = intents;
        this.random = random;
    }

    /** Generates one round now, on the caller's thread. */
    public synchronized Round tick() {
        intents.settle();
        intents.payments().settleRefunds();
        Map<String, Object> customer = pickOrCreateCustomer();
        String customerId = (String) customer.get("id");
        String item = PRODUCTS[random.nextInt(PRODUCTS.length)];
        long amount = 500L + 100L * random.nextInt(96);
        boolean declined = random.nextInt(4) == 0;
        boolean refunds = random.nextInt(5) == 0;
        Map<String, Object> refund = refunds ? refundAnEarlierCharge() : null;

        Map<String, Object> intentFields = new LinkedHashMap<>();
        intentFields.put("amount", amount);
        intentFields.put("currency", "usd");
        intentFields.put("customer", customerId);
        intentFields.put("description", "Sandbox shop: " + item);
        intentFields.put("receipt_email", customer.get("email"));
        Map<String, Object> intent = intents.create(intentFields, null);
        try {
            intent = intents.confirm((String) intent.get("id"), declined ? "pm_card_chargeDeclined" : "pm_card_visa",
                    false, Map.of());
        } catch (StripeError decline) {
            intent = intents.store().get((String) intent.get("id"));
        }
        Map<String, Object> charge = intents.payments().charge((String) intent.get("latest_charge"));

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
        return new Round(customer, intent, charge, invoiceItem, order, refund);
    }

    /** Refunds the newest succeeded charge not refunded yet, as a customer returning a purchase; null if none. */
    private Map<String, Object> refundAnEarlierCharge() {
        return intents.store().atomically(() -> intents.store().where(pi -> "succeeded".equals(pi.get("status")))
                .stream().map(pi -> intents.payments().charge((String) pi.get("latest_charge")))
                .filter(c -> Payments.longOf(c, "amount_refunded") == 0).findFirst()
                .map(c -> intents.payments().refund(c, null, "requested_by_customer", new LinkedHashMap<>()))
                .orElse(null));
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
