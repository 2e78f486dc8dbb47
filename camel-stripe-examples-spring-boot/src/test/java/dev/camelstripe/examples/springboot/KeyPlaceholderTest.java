package dev.camelstripe.examples.springboot;

import java.util.Properties;

import org.apache.camel.main.SecurityPolicyResult;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.security.CamelSecurityPolicyAutoConfiguration;
import org.apache.camel.util.SecurityViolation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why the application gives its key as a Camel placeholder: Camel's security policy on Spring Boot reads each
 * {@code camel.*} property as Spring resolves it, so Spring's {@code ${STRIPE_API_KEY}} reaches it as the key in plain
 * text (a violation, logged as a SECURITY WARNING), while the {@code {{...}}} of application.properties does not.
 */
class KeyPlaceholderTest {

    private static final String KEY_PROPERTY = "camel.component.stripe.api-key";

    private final ApplicationContextRunner camel = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    CamelSecurityPolicyAutoConfiguration.class))
            // Camel alone: no routes, so nothing but the policy looks at the key
            .withPropertyValues("camel.main.routes-collector-enabled=false",
                    "STRIPE_API_KEY=sk_test_placeholderCheck0123");

    @Test
    void springsOwnPlaceholderReachesCamelsSecurityPolicyAsAPlainTextKey() {
        camel.withPropertyValues(KEY_PROPERTY + "=${STRIPE_API_KEY}").run(spring ->
                assertThat(spring.getBean(SecurityPolicyResult.class).getViolations())
                        .extracting(SecurityViolation::propertyKey).containsExactly(KEY_PROPERTY));
    }

    @Test
    void theApplicationsCamelPlaceholderDoesNot() throws Exception {
        Properties shipped = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(shipped.getProperty(KEY_PROPERTY)).isEqualTo("{{STRIPE_API_KEY:sk_test_camel_stripe_sandbox}}");

        camel.withPropertyValues(KEY_PROPERTY + "=" + shipped.getProperty(KEY_PROPERTY)).run(spring ->
                assertThat(spring.getBean(SecurityPolicyResult.class).getViolations()).isEmpty());
    }
}
