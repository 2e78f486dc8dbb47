package dev.camelstripe.examples.springboot;

import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeConfiguration;
import dev.camelstripe.examples.KeyCheck;
import dev.camelstripe.examples.sandbox.StripeSandbox;
import org.apache.camel.Ordered;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.PropertiesSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where this application's Stripe is. Without {@code STRIPE_API_KEY}: the embedded sandbox, started on a free
 * loopback port while Spring creates its beans (so before Camel starts), and the component's {@code apiBase} set to
 * it. With an {@code sk_test_} key in {@code STRIPE_API_KEY}: Stripe's test mode. The application creates customers,
 * so it refuses to start on any key that is not a test key.
 */
@Configuration(proxyBeanMethods = false)
public class StripeTarget {

    static final String KEY_VARIABLE = "STRIPE_API_KEY";
    private static final Logger LOG = LoggerFactory.getLogger(StripeTarget.class);

    @Bean(destroyMethod = "close")
    @Conditional(WithoutApiKey.class)
    public StripeSandbox stripeSandbox() {
        StripeSandbox sandbox = StripeSandbox.start();
        LOG.info("{} is not set: using the embedded Stripe sandbox at {} (set {}=sk_test_... to use Stripe's test "
                 + "mode)", KEY_VARIABLE, sandbox.baseUrl(), KEY_VARIABLE);
        return sandbox;
    }

    /**
     * The sandbox lists every object as soon as it exists, so the trigger need not let objects settle (its
     * {@code settleTime}, 60 s against Stripe, whose lists can show an object late): {@code
     * examples.trigger.settle-time} is 0 while the sandbox runs, for Camel's placeholders.
     */
    @Bean
    @Conditional(WithoutApiKey.class)
    public PropertiesSource sandboxTriggerProperties() {
        return new PropertiesSource() {
            @Override
            public String getName() {
                return "stripe-sandbox";
            }

            @Override
            public String getProperty(String name) {
                return "examples.trigger.settle-time".equals(name) ? "0" : null;
            }
        };
    }

    /** Runs after the starter has copied {@code camel.component.stripe.*}, so it sees the key the component will use. */
    @Bean
    public ComponentCustomizer stripeTargetCustomizer(ObjectProvider<StripeSandbox> sandbox) {
        return ComponentCustomizer.builder(StripeComponent.class).withOrder(Ordered.LOWEST).build(stripe -> {
            StripeConfiguration configuration = stripe.getConfiguration();
            requireTestKey(configuration.getApiKey());
            sandbox.ifAvailable(running -> configuration.setApiBase(running.baseUrl()));
        });
    }

    /** A missing key is left to the component, whose error names the property to set. */
    static void requireTestKey(String key) {
        String problem = KeyCheck.problem(key);
        if (problem != null) {
            throw new IllegalStateException("The Stripe API key (camel.component.stripe.api-key, from " + KEY_VARIABLE
                    + ") " + problem + ". This example creates customers, so it runs only on a test key or, with "
                    + KEY_VARIABLE + " unset, on the embedded sandbox. Refusing to start.");
        }
    }

    /** {@code STRIPE_API_KEY} unset or blank, in any property source Spring reads (environment, -D, --args). */
    static final class WithoutApiKey implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String key = context.getEnvironment().getProperty(KEY_VARIABLE);
            return key == null || key.isBlank();
        }
    }
}
