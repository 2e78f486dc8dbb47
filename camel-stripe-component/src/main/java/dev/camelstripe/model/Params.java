package dev.camelstripe.model;

import java.util.Map;

/**
 * A params object's fluent setter by field declaration, and, nested, the parameters many Stripe requests share, each
 * with its fluent setter ({@code description(String)}) and, from {@link Has}, its bean getter and setter. Every
 * {@link StripeParams} implements this interface; a params class lists the shared parameters it takes
 * ({@code class CustomerParams extends StripeParams<CustomerParams> implements Params.Email<CustomerParams>, ...}).
 *
 * @param <S> the params class, so the setters chain
 */
public interface Params<S> extends Has {

    /** Sets a typed parameter; null removes it ("not given"). */
    <T> S param(Field<T> field, T value);

    /** The {@code description} parameter; {@code ""} clears it. */
    interface Description<S> extends Params<S>, Has.Description {
        default S description(String description) {
            return param(DESCRIPTION, description);
        }
    }

    /** The {@code email} parameter. */
    interface Email<S> extends Params<S>, Has.Email {
        default S email(String email) {
            return param(EMAIL, email);
        }
    }

    /** The {@code metadata} parameter: keys set to {@code ""} are removed, other keys are kept. */
    interface Metadata<S> extends Params<S>, Has.Metadata {
        default S metadata(Map<String, String> metadata) {
            return param(METADATA, metadata);
        }
    }

    /** The {@code name} parameter. */
    interface Name<S> extends Params<S>, Has.Name {
        default S name(String name) {
            return param(NAME, name);
        }
    }
}
