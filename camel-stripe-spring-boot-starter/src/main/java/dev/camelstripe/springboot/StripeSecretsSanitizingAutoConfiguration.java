package dev.camelstripe.springboot;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Keeps Stripe secrets out of Boot's actuator {@code env} and {@code configprops} endpoints, also when a user shows
 * their values ({@code management.endpoint.env.show-values=always}): the component's secret options under every
 * spelling Boot binds ({@code api-key}, {@code apiKey}, {@code CAMEL_COMPONENT_STRIPE_APIKEY}), and any value that is
 * a Stripe secret whatever property holds it ({@code stripe.key={{...}}}-style user properties).
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class StripeSecretsSanitizingAutoConfiguration {

    /**
     * Stripe's secret key ({@code sk_live_}, {@code sk_test_}), restricted key ({@code rk_live_}, {@code rk_test_})
     * and webhook signing secret ({@code whsec_}) prefixes.
     */
    static final Pattern STRIPE_SECRET_VALUE = Pattern.compile("\\s*((sk|rk)_(live|test)_|whsec_).*", Pattern.DOTALL);

    private static final Set<String> SECRET_KEYS = StripeComponentConfiguration.SECRET_PROPERTIES.stream()
            .map(StripeSecretsSanitizingAutoConfiguration::canonical).collect(Collectors.toUnmodifiableSet());

    @Bean
    public SanitizingFunction stripeSecretsSanitizingFunction() {
        return data -> isSecret(data) ? data.withSanitizedValue() : data;
    }

    static boolean isSecret(SanitizableData data) {
        Object value = data.getValue();
        return SECRET_KEYS.contains(canonical(data.getKey()))
               || value instanceof CharSequence text && STRIPE_SECRET_VALUE.matcher(text).matches();
    }

    /** A property name in the one form all of Boot's relaxed spellings share: lower case letters and digits. */
    static String canonical(String key) {
        return key == null ? "" : key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
