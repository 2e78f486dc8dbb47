package dev.camelstripe.observe;

import dev.camelstripe.client.StripeCallListener;

/**
 * Where the component's figures go besides the console and JMX: Micrometer when the application has a registry.
 * Holds no Micrometer type, so the component links without the Micrometer jar.
 */
interface MetricsBinding {

    MetricsBinding NONE = new MetricsBinding() {
    };

    /** The meters of one operation's calls on one connection. */
    default StripeCallListener calls(String operation, ConnectionStats connection) {
        return StripeCallListener.NONE;
    }

    /** Gauges of a connection's throttle. */
    default void bind(ConnectionStats connection) {
    }

    /** A trigger's meters, until {@link #unbind(TriggerStats)}. */
    default void bind(TriggerStats trigger, String route) {
    }

    default void unbind(TriggerStats trigger) {
    }

    /** A webhook endpoint's meters, until {@link #unbind(WebhookStats)}. */
    default void bind(WebhookStats webhook) {
    }

    default void unbind(WebhookStats webhook) {
    }
}
