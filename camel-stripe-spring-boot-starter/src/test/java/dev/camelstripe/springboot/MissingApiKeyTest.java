package dev.camelstripe.springboot;

import dev.camelstripe.springboot.app.StripeTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without an API key the application does not start, and says which property to set. */
class MissingApiKeyTest {

    @Test
    void startupFailsNamingTheProperty() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(StripeTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("camel.component.stripe.api-base=http://127.0.0.1:1", "camel.main.shutdown-timeout=1")
                .run().close())
                .rootCause()
                .hasMessageContaining("needs an API key")
                .hasMessageContaining("camel.component.stripe.api-key");
    }

    @Test
    void aBlankKeyCountsAsMissing() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(StripeTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("camel.component.stripe.api-key= ", "camel.main.shutdown-timeout=1")
                .run().close())
                .rootCause()
                .hasMessageContaining("camel.component.stripe.api-key");
    }
}
