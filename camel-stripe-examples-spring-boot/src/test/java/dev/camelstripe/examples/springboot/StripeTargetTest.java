package dev.camelstripe.examples.springboot;

import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeConfiguration;
import dev.camelstripe.examples.sandbox.StripeSandbox;
import org.apache.camel.spi.ComponentCustomizer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the application's Stripe is, for each value of STRIPE_API_KEY, and the keys it refuses to run on. */
class StripeTargetTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(StripeTarget.class);

    @Test
    void withoutAKeyTheSandboxRunsAndTheComponentIsPointedAtIt() {
        for (String unset : new String[] {"", "  "}) {
            runner.withPropertyValues("STRIPE_API_KEY=" + unset).run(spring -> {
                StripeSandbox sandbox = spring.getBean(StripeSandbox.class);
                StripeComponent stripe = customized(spring.getBean(ComponentCustomizer.class), "sk_test_sandbox");
                assertThat(stripe.getConfiguration().getApiBase()).isEqualTo(sandbox.baseUrl())
                        .startsWith("http://127.0.0.1:");
            });
        }
    }

    @Test
    void withATestKeyNoSandboxRunsAndTheComponentKeepsStripesAddress() {
        runner.withPropertyValues("STRIPE_API_KEY=sk_test_fromTheEnvironment").run(spring -> {
            assertThat(spring).doesNotHaveBean(StripeSandbox.class);
            StripeComponent stripe = customized(spring.getBean(ComponentCustomizer.class), "rk_test_restricted");
            assertThat(stripe.getConfiguration().getApiBase()).isEqualTo(StripeConfiguration.DEFAULT_API_BASE);
        });
    }

    @Test
    void aLiveKeyIsRefusedShowingOnlyItsPrefix() {
        String live = "sk_live_51AbCdEfGhIjKlMnOpQrStUv";
        runner.withPropertyValues("STRIPE_API_KEY=" + live).run(spring ->
                assertThatThrownBy(() -> customized(spring.getBean(ComponentCustomizer.class), live))
                        .rootCause().isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("is a live key (sk_live_...)")
                        .hasMessageContaining("STRIPE_API_KEY unset, on the embedded sandbox")
                        .hasMessageNotContaining(live.substring(8)));
        assertThatThrownBy(() -> StripeTarget.requireTestKey(" rk_live_restricted0123"))
                .hasMessageContaining("is a live key (rk_live_...)");
    }

    @Test
    void aKeyThatIsNotAStripeTestKeyIsRefusedToo() {
        assertThatThrownBy(() -> StripeTarget.requireTestKey("pk_test_publishable"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a Stripe test key (sk_test_... or rk_test_...)")
                .hasMessageNotContaining("pk_test_publishable");
    }

    @Test
    void aMissingKeyIsLeftToTheComponentWhichNamesTheProperty() {
        assertThatCode(() -> StripeTarget.requireTestKey(null)).doesNotThrowAnyException();
        assertThatCode(() -> StripeTarget.requireTestKey(" ")).doesNotThrowAnyException();
    }

    private static StripeComponent customized(ComponentCustomizer customizer, String key) {
        StripeComponent stripe = new StripeComponent();
        stripe.getConfiguration().setApiKey(key);
        customizer.configure("stripe", stripe);
        return stripe;
    }
}
