package dev.camelstripe.springboot;

import dev.camelstripe.springboot.app.StripeTestApplication;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without an API key the application does not start, and says which property to set. */
class MissingApiKeyTest {

    @Test
    void startupFailsNamingTheProperty() {
        startupFailure("camel.component.stripe.api-base=http://127.0.0.1:1")
                .hasMessageContaining("needs an API key")
                .hasMessageContaining("camel.component.stripe.api-key");
    }

    @Test
    void aBlankKeyCountsAsMissing() {
        startupFailure("camel.component.stripe.api-key= ")
                .hasMessageContaining("camel.component.stripe.api-key");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> startupFailure(String property) {
        return assertThatThrownBy(() -> new SpringApplicationBuilder(StripeTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(property, "camel.main.shutdown-timeout=1")
                .run().close())
                .rootCause();
    }
}
