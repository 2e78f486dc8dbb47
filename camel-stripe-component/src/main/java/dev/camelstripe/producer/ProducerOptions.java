package dev.camelstripe.producer;

import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.StripeOperation.Action;
import dev.camelstripe.client.StripeMethod;
import dev.camelstripe.model.StripeObject;

/**
 * The producer options that belong to some actions only, checked when the producer is created so that a misplaced
 * one fails at route start instead of being ignored: {@code autoPaginate} and {@code maxObjects} for a list or search
 * (or a {@code stripe:request} of one, a GET), {@code method}, {@code path} and {@code resultClass} for
 * {@code stripe:request}.
 */
public final class ProducerOptions {

    private ProducerOptions() {
    }

    /** @throws IllegalArgumentException naming the endpoint (secrets masked) and the option */
    public static void check(StripeEndpoint endpoint) {
        Action action = endpoint.getOperation().action().orElseThrow();
        String where = " at " + endpoint.describe();
        if (endpoint.getMaxObjects() < 0) {
            throw new IllegalArgumentException("maxObjects" + where + " must be 0 (every object) or more, was "
                                               + endpoint.getMaxObjects());
        }
        boolean paging = action.isList() || action.isSearch() || action.isAnyCall(); // a request may be a list
        if (!paging && (endpoint.isAutoPaginate() || endpoint.getMaxObjects() > 0)) {
            throw new IllegalArgumentException((endpoint.isAutoPaginate() ? "autoPaginate" : "maxObjects") + where
                                               + " applies to list and search actions only, not to "
                                               + endpoint.getOperation());
        }
        if (paging && endpoint.getMaxObjects() > 0 && !endpoint.isAutoPaginate()) {
            throw new IllegalArgumentException("maxObjects" + where + " caps an autoPaginate walk: set"
                                               + " autoPaginate=true, or limit (1 to 100) in the body for one page");
        }
        if (!action.isAnyCall()) {
            String misplaced = endpoint.getMethod() != null ? "method" : endpoint.getPath() != null ? "path"
                    : endpoint.getResultClass() != null ? "resultClass" : null;
            if (misplaced != null) {
                throw new IllegalArgumentException(misplaced + where + " applies to stripe:request only, not to "
                                                   + endpoint.getOperation());
            }
            return;
        }
        if (endpoint.getResultClass() != null && !StripeObject.class.isAssignableFrom(endpoint.getResultClass())) {
            throw new IllegalArgumentException("resultClass" + where + " must be a Stripe model, a subclass of "
                                               + StripeObject.class.getName() + " such as "
                                               + "dev.camelstripe.model.Customer; was "
                                               + endpoint.getResultClass().getName());
        }
        if (endpoint.getPath() != null) {
            RequestPath.checked(endpoint.getPath(), "path");
        }
        if (endpoint.isAutoPaginate() && endpoint.getMethod() != null && endpoint.getMethod() != StripeMethod.GET) {
            throw new IllegalArgumentException("autoPaginate" + where + " walks a list or a search, which is a GET;"
                                               + " method is " + endpoint.getMethod());
        }
    }
}
