package dev.camelstripe.client;

/**
 * HTTP 403: the key (usually a restricted key) lacks the permission this call needs. Grant it in the Dashboard or use
 * a key that has it. A subclass of {@link StripeAuthenticationException}, as in stripe-java.
 */
public class StripePermissionException extends StripeAuthenticationException {

    public StripePermissionException(StripeCall call, StripeError error) {
        super(call, error);
    }
}
