package dev.camelstripe.springboot;

import java.util.HashMap;
import java.util.Map;

import dev.camelstripe.StripeComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the stripe component from {@code camel.component.stripe.*}, the way Apache's starters do (a
 * {@link ComponentCustomizer} copying the bound properties), and registers the component as the bean {@code stripe}
 * so that Camel resolves this component under that scheme even when another jar (Apache's camel-stripe) also
 * registers one: Camel looks a scheme up in its registry before the classpath.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, StripeComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.stripe" })
public class StripeComponentAutoConfiguration {

    static final String SCHEME = "stripe";
    private static final String CONFIGURATION = "configuration";

    private final ApplicationContext applicationContext;
    private final StripeComponentConfiguration configuration;

    public StripeComponentAutoConfiguration(ApplicationContext applicationContext,
                                            StripeComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.configuration = configuration;
    }

    /** This component under its scheme; a user's own bean named {@code stripe} wins. */
    @Bean(SCHEME)
    @ConditionalOnMissingBean(name = SCHEME)
    public StripeComponent stripeComponent() {
        return new StripeComponent();
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureStripeComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelContext camel = target.getCamelContext();
                Map<String, Object> properties = CamelPropertiesHelper.getNonNullProperties(camel, configuration);
                // a configuration bean first: the options set beside it then apply to it instead of being replaced
                Object shared = properties.remove(CONFIGURATION);
                if (shared != null) {
                    CamelPropertiesHelper.setCamelProperties(camel, target, new HashMap<>(Map.of(CONFIGURATION, shared)), false);
                }
                // as CamelPropertiesHelper.copyProperties: enabled and customizer are the starter's, not options
                CamelPropertiesHelper.setCamelProperties(camel, target, properties, false);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.stripe.customizer") && target instanceof StripeComponent;
            }
        };
    }
}
