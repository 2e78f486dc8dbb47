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

    /** The {@code amount} parameter: a positive integer in the smallest currency unit (cents). */
    interface Amount<S> extends Params<S> {
        Field<Long> AMOUNT = Field.amount("amount");

        default S amount(Long amount) {
            return param(AMOUNT, amount);
        }
    }

    /** The {@code currency} parameter: a three-letter ISO code such as {@code usd}. */
    interface Currency<S> extends Params<S> {
        Field<String> CURRENCY = Field.currency("currency");

        default S currency(String currency) {
            return param(CURRENCY, currency);
        }
    }

    /** The {@code customer} parameter: a customer's id. */
    interface Customer<S> extends Params<S> {
        Field<String> CUSTOMER = Field.string("customer");

        default S customer(String customerId) {
            return param(CUSTOMER, customerId);
        }
    }

    /** The {@code payment_method} parameter: a payment method's id, or a test one such as {@code pm_card_visa}. */
    interface PaymentMethod<S> extends Params<S> {
        Field<String> PAYMENT_METHOD = Field.string("payment_method");

        default S paymentMethod(String paymentMethodId) {
            return param(PAYMENT_METHOD, paymentMethodId);
        }
    }

    /** The {@code receipt_email} parameter. */
    interface ReceiptEmail<S> extends Params<S> {
        Field<String> RECEIPT_EMAIL = Field.string("receipt_email");

        default S receiptEmail(String email) {
            return param(RECEIPT_EMAIL, email);
        }
    }

    /** The {@code statement_descriptor} parameter: the text on the customer's statement. */
    interface StatementDescriptor<S> extends Params<S> {
        Field<String> STATEMENT_DESCRIPTOR = Field.string("statement_descriptor");

        default S statementDescriptor(String descriptor) {
            return param(STATEMENT_DESCRIPTOR, descriptor);
        }
    }
}
