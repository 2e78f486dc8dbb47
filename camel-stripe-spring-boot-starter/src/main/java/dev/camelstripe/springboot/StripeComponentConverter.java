// Generated from stripe.json by StarterSourcesTest: do not edit, regenerate.
package dev.camelstripe.springboot;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds {@code #bean:name} (or {@code #name}) in a {@code camel.component.stripe.*} property to the Spring bean of that
 * name, for the options whose type is an object.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
public class StripeComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public StripeComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> answer = new LinkedHashSet<>();
        answer.add(new ConvertiblePair(String.class, dev.camelstripe.StripeConfiguration.class));
        answer.add(new ConvertiblePair(String.class, org.apache.camel.support.jsse.SSLContextParameters.class));
        return answer;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null || !source.toString().startsWith("#")) {
            return null;
        }
        String ref = source.toString();
        ref = ref.startsWith("#bean:") ? ref.substring(6) : ref.substring(1);
        switch (targetType.getName()) {
            case "dev.camelstripe.StripeConfiguration": return applicationContext.getBean(ref, dev.camelstripe.StripeConfiguration.class);
            case "org.apache.camel.support.jsse.SSLContextParameters": return applicationContext.getBean(ref, org.apache.camel.support.jsse.SSLContextParameters.class);
            default: return null;
        }
    }
}
