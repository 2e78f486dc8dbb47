package dev.camelstripe.springboot;

import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeConfiguration;
import dev.camelstripe.springboot.app.StripeTestApplication;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code camel.component.stripe.configuration=#bean:name} binds a StripeConfiguration bean, and the options a user
 * did not set do not overwrite its values with defaults.
 */
class ConfigurationBeanTest {

    @Test
    void aConfigurationBeanKeepsItsValuesAndTakesTheSetOnes() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StripeTestApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(context -> ((ConfigurableApplicationContext) context).getBeanFactory()
                        .registerSingleton("sharedStripe", shared()))
                .properties("camel.component.stripe.configuration=#bean:sharedStripe",
                        "camel.component.stripe.api-key=sk_test_fromProperties",
                        "camel.main.shutdown-timeout=1", "camel.main.auto-startup=false")
                .run()) {
            StripeComponent stripe = app.getBean(CamelContext.class).getComponent("stripe", StripeComponent.class);
            StripeConfiguration config = stripe.getConfiguration();
            assertThat(config.getRateLimit()).isEqualTo(11);
            assertThat(config.getApiVersion()).isEqualTo("2023-10-16");
            assertThat(config.getApiKey()).isEqualTo("sk_test_fromProperties");
        }
    }

    private static StripeConfiguration shared() {
        StripeConfiguration config = new StripeConfiguration();
        config.setRateLimit(11);
        config.setApiVersion("2023-10-16");
        return config;
    }
}
