package dev.camelstripe.client;

/** The HTTP methods the Stripe API uses. */
public enum StripeMethod {
    GET,
    POST,
    DELETE;

    /** GET and DELETE carry their parameters in the query string; POST in a form body. */
    public boolean hasBody() {
        return this == POST;
    }
}
