package dev.camelstripe.examples.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests over HTTP and direct store calls from several threads at once lose nothing. */
class ConcurrencyTest {

    @Test
    void parallelCreatesOverHttpAndStoreAreAllKept() throws Exception {
        try (StripeSandbox sandbox = StripeSandbox.start(new MutableClock(1_700_000_000L))) {
            SandboxClient client = new SandboxClient(sandbox);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                calls.add(() -> client.post("/v1/customers", "metadata[n]=" + n).status());
                calls.add(() -> sandbox.customers().create(Map.of("metadata", Map.of("n", "direct-" + n)))
                        .containsKey("id") ? 200 : 500);
            }
            try {
                for (Future<Object> result : pool.invokeAll(calls)) {
                    assertThat(result.get()).isEqualTo(200);
                }
            } finally {
                pool.shutdown();
            }

            SandboxClient.Reply list = client.get("/v1/customers?limit=100");
            assertThat(sandbox.customers().count()).isEqualTo(80);
            assertThat(list.ids()).hasSize(80).doesNotHaveDuplicates();
            assertThat(list.json()).containsEntry("has_more", false);
        }
    }
}
