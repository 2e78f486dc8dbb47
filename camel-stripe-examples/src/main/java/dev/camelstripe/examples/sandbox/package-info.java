/**
 * A local, in-memory, stateful Stripe for the examples and their tests.
 *
 * <p>{@link dev.camelstripe.examples.sandbox.StripeSandbox} is the facade. Underneath, one job per class:
 * {@link dev.camelstripe.examples.sandbox.SandboxHttpServer} (HTTP, auth via
 * {@link dev.camelstripe.examples.sandbox.ApiKeyAuth}, Request-Id, idempotency via
 * {@link dev.camelstripe.examples.sandbox.IdempotencyCache}, error rendering of
 * {@link dev.camelstripe.examples.sandbox.StripeError}), {@link dev.camelstripe.examples.sandbox.FormParser} and
 * {@link dev.camelstripe.examples.sandbox.Params} (bracket notation and validation),
 * {@link dev.camelstripe.examples.sandbox.Router}, {@link dev.camelstripe.examples.sandbox.ResourceStore} (objects and
 * the one paging implementation), the endpoints ({@link dev.camelstripe.examples.sandbox.ProductsApi},
 * {@link dev.camelstripe.examples.sandbox.CustomersApi}, {@link dev.camelstripe.examples.sandbox.ListEndpoint},
 * {@link dev.camelstripe.examples.sandbox.RetrieveEndpoint}), the object shapes
 * ({@link dev.camelstripe.examples.sandbox.ShopObjects}) and the activity generator
 * ({@link dev.camelstripe.examples.sandbox.ShopActivity}).
 *
 * <p>It depends on nothing of the component module, on purpose: it stands in for Stripe, not for the client.
 */
package dev.camelstripe.examples.sandbox;
