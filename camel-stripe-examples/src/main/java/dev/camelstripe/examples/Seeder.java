package dev.camelstripe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import dev.camelstripe.examples.sandbox.StripeSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every route something to do once the application has started: two product files dropped in the catalogue
 * inbox, two sign-ups posted to {@code /signup}, an order to pay, one product file changed and the order cancelled a
 * little later, and (on the sandbox) the shop activity that makes the charge, invoice item and order triggers fire.
 * Off with {@code examples.seed=false}.
 */
final class Seeder extends MainListenerSupport {

    private static final Logger LOG = LoggerFactory.getLogger("seed");
    private static final List<String> PRODUCTS = List.of("camel-t-shirt.json", "camel-mug.json");
    private static final List<String> UPDATES = List.of("camel-t-shirt.json");
    private static final List<String> SIGNUPS = List.of(
            "{\"email\": \"ada@example.com\", \"name\": \"Ada Lovelace\"}",
            "{\"email\": \"grace@example.com\", \"name\": \"Grace Hopper\", \"phone\": \"+1 555 0100\"}");

    private final StripeSandbox sandbox;

    Seeder(StripeSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public void afterStart(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        if (!Boolean.parseBoolean(context.resolvePropertyPlaceholders("{{examples.seed}}"))) {
            return;
        }
        Path inbox = Path.of(context.resolvePropertyPlaceholders("{{examples.catalogue.inbox}}"));
        Path orders = Path.of(context.resolvePropertyPlaceholders("{{examples.payments.orders}}"));
        Path cancellations = Path.of(context.resolvePropertyPlaceholders("{{examples.payments.cancellations}}"));
        String signupUrl = "http://127.0.0.1:" + context.resolvePropertyPlaceholders("{{examples.http.port}}")
                           + "/signup";
        Duration activity = Duration.ofMillis(
                Long.parseLong(context.resolvePropertyPlaceholders("{{examples.sandbox.activity-period}}")));
        Thread seeder = new Thread(() -> seed(inbox, orders, cancellations, signupUrl, activity), "examples-seeder");
        seeder.setDaemon(true);
        seeder.start();
    }

    private void seed(Path inbox, Path orders, Path cancellations, String signupUrl, Duration activity) {
        try {
            for (String name : PRODUCTS) {
                drop("seed/products/" + name, inbox.resolve(name));
            }
            drop("seed/payments/order-A-1001.json", orders.resolve("A-1001.json"));
            HttpClient http = HttpClient.newHttpClient();
            for (String signup : SIGNUPS) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(signupUrl))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(signup)).build(),
                        HttpResponse.BodyHandlers.ofString());
                LOG.info("POST /signup -> {} {}", response.statusCode(), response.body());
            }
            if (sandbox != null) {
                sandbox.startActivity(activity);
                LOG.info("sandbox shop activity started: a charge, an invoice item and an order every {}s",
                        activity.toSeconds());
            }
            Thread.sleep(3000);
            for (String name : UPDATES) {
                drop("seed/product-updates/" + name, inbox.resolve(name));
            }
            drop("seed/payments/cancel-A-1001.json", cancellations.resolve("A-1001.json"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.warn("seeding stopped: {}", e.toString());
        }
    }

    /** Written next to the inbox and moved in, so the file route never reads half a file. */
    static void drop(String resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (InputStream in = Seeder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        LOG.info("dropped {} in {}", target.getFileName(), target.getParent());
    }
}
