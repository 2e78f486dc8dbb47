package dev.camelstripe.model;

/**
 * A Stripe resource this library does not model (an invoice, a subscription, ...): only {@code id} and
 * {@code object} are typed, every other field is an unknown field. Used as the target of expandable references.
 */
public final class UntypedStripeObject extends StripeObject {
}
