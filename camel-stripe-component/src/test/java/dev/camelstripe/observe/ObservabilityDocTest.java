package dev.camelstripe.observe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.camelstripe.client.TimeSource;
import dev.camelstripe.client.WalkProgress;
import dev.camelstripe.docs.DocsPaths;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/observability.md lists every meter with its tags, and every figure of the dev console and JMX. */
class ObservabilityDocTest {

    static String page() throws Exception {
        return Files.readString(DocsPaths.moduleDir().getParent().resolve("docs/observability.md"));
    }

    @Test
    void everyMeterIsDocumentedWithEveryTag() throws Exception {
        List<String> rows = page().lines().filter(line -> line.startsWith("| `stripe.")).toList();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<String>> meter : MicrometerBinding.METERS.entrySet()) {
            String row = rows.stream().filter(r -> r.startsWith("| `" + meter.getKey() + "` |")).findFirst()
                    .orElse(null);
            if (row == null) {
                missing.add(meter.getKey());
                continue;
            }
            meter.getValue().stream().filter(tag -> !row.contains("`" + tag + "`"))
                    .forEach(tag -> missing.add(meter.getKey() + " tag " + tag));
        }
        assertThat(missing).as("meters or tags missing from docs/observability.md").isEmpty();
        assertThat(rows).as("documented meters that do not exist").hasSize(MicrometerBinding.METERS.size());
    }

    @Test
    void everyConsoleFigureIsDocumented() throws Exception {
        String page = page();
        TriggerStats trigger = new TriggerStats("r", "newCharges", "c", () -> null, Clock.systemUTC(),
                TimeSource.SYSTEM, LoggerFactory.getLogger(getClass()));
        List<String> figures = new ArrayList<>(Figures.CONNECTION.keySet());
        figures.addAll(Figures.of(trigger).keySet());
        figures.add("walk");
        figures.addAll(Figures.of(new WalkProgress("w", TimeSource.SYSTEM, null, null,
                LoggerFactory.getLogger(getClass())).snapshot()).keySet());
        Map<String, Object> webhook = Figures.of(new WebhookStats("w", "/stripe/webhook", Clock.systemUTC()));
        figures.addAll(webhook.keySet());
        figures.addAll(((Map<?, ?>) webhook.get("refusals")).keySet().stream().map(String::valueOf).toList());
        assertThat(figures).allSatisfy(figure -> assertThat(page).contains("`" + figure + "`"));
    }

    @Test
    void everyJmxAttributeIsDocumented() throws Exception {
        String page = page();
        List<String> attributes = new ArrayList<>(List.of("Connections", "PublishingMetrics"));
        for (Class<?> consumer : List.of(dev.camelstripe.consumer.StripePollingConsumer.class,
                dev.camelstripe.webhook.StripeWebhookConsumer.class)) {
            for (var method : consumer.getDeclaredMethods()) {
                if (method.isAnnotationPresent(org.apache.camel.api.management.ManagedAttribute.class)) {
                    attributes.add(method.getName().replaceFirst("^(get|is)", ""));
                }
            }
        }
        assertThat(attributes).hasSizeGreaterThan(20)
                .allSatisfy(attribute -> assertThat(page).contains("`" + attribute + "`"));
    }
}
