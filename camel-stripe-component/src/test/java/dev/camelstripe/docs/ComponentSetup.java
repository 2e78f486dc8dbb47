package dev.camelstripe.docs;

import dev.camelstripe.StripeComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/** The Java configuration samples of docs/security.md and docs/throttling-retries-idempotency.md, verbatim. */
public final class ComponentSetup {

    private ComponentSetup() {
    }

    static void apiKeyFromPlaceholder(CamelContext context) {
        StripeComponent stripe = context.getComponent("stripe", StripeComponent.class);
        stripe.getConfiguration().setApiKey(context.resolvePropertyPlaceholders("{{stripe.api-key}}"));
    }

    public static void corporateTrustStore(CamelContext context) {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("{{stripe.truststore.path}}");
        trustStore.setPassword("{{stripe.truststore.password}}");
        trustStore.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trustManagers);
        context.getComponent("stripe", StripeComponent.class).setSslContextParameters(tls);
    }

    static void testModeBudget(CamelContext context) {
        StripeComponent stripe = context.getComponent("stripe", StripeComponent.class);
        stripe.getConfiguration().setRateLimit(20);
        stripe.getConfiguration().setRateLimitPeriod(1_000);
        stripe.getConfiguration().setRateLimitMaxWait(5_000);
        stripe.getConfiguration().setMaxRetries(3);
    }
}
