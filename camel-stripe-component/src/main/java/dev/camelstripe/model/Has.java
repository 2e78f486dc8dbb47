package dev.camelstripe.model;

import java.time.Instant;
import java.util.Map;

/**
 * Typed access to the fields of a Stripe JSON object by their {@link Field} declaration, and, nested, the fields many
 * Stripe resources share, each declared once with its getter and setter: a model lists the ones it has
 * ({@code class Charge extends StripeObject implements Has.Amount, Has.Created, ...}) instead of writing them again.
 * Every {@link StripeJsonObject} implements this interface.
 */
public interface Has {

    /** The field's value as its Java type, or null when absent or null. */
    <T> T get(Field<T> field);

    /** Sets the field; null makes it null, which unsets it at Stripe. Noted in {@code changedParams()}. */
    <T> void set(Field<T> field, T value);

    /** {@code amount}. */
    interface Amount extends Has {
        Field<Long> AMOUNT = Field.integer("amount");

        /** Amount in the smallest currency unit (cents), negative for a credit where Stripe allows one. */
        default Long getAmount() {
            return get(AMOUNT);
        }

        default void setAmount(Long amount) {
            set(AMOUNT, amount);
        }
    }

    /** {@code created}. */
    interface Created extends Has {
        Field<Instant> CREATED = Field.instant("created");

        /** When the object was created (Stripe sends epoch seconds). */
        default Instant getCreated() {
            return get(CREATED);
        }

        default void setCreated(Instant created) {
            set(CREATED, created);
        }
    }

    /** {@code currency}. */
    interface Currency extends Has {
        Field<String> CURRENCY = Field.string("currency");

        /** Three-letter ISO 4217 code, lower case, for example {@code "usd"}. */
        default String getCurrency() {
            return get(CURRENCY);
        }

        default void setCurrency(String currency) {
            set(CURRENCY, currency);
        }
    }

    /** {@code customer}, an expandable reference. */
    interface CustomerReference extends Has {
        Field<Expandable<Customer>> CUSTOMER = Field.expandable("customer", Customer.class);

        /** The customer's id, or null. */
        default String getCustomer() {
            return Expandable.idOf(get(CUSTOMER));
        }

        /** The reference: the id, or the whole customer when the request expanded it. */
        default Expandable<Customer> getCustomerExpandable() {
            return get(CUSTOMER);
        }

        default void setCustomer(String customerId) {
            set(CUSTOMER, Expandable.ofId(customerId));
        }

        default void setCustomerExpandable(Expandable<Customer> customer) {
            set(CUSTOMER, customer);
        }
    }

    /** {@code description}. */
    interface Description extends Has {
        Field<String> DESCRIPTION = Field.string("description");

        default String getDescription() {
            return get(DESCRIPTION);
        }

        default void setDescription(String description) {
            set(DESCRIPTION, description);
        }
    }

    /** {@code email}. */
    interface Email extends Has {
        Field<String> EMAIL = Field.string("email");

        default String getEmail() {
            return get(EMAIL);
        }

        default void setEmail(String email) {
            set(EMAIL, email);
        }
    }

    /** {@code invoice}, an expandable reference to an invoice. */
    interface InvoiceReference extends Has {
        Field<Expandable<Invoice>> INVOICE = Field.expandable("invoice", Invoice.class);

        /** The invoice's id, or null. */
        default String getInvoice() {
            return Expandable.idOf(get(INVOICE));
        }

        default Expandable<Invoice> getInvoiceExpandable() {
            return get(INVOICE);
        }

        default void setInvoice(String invoiceId) {
            set(INVOICE, Expandable.ofId(invoiceId));
        }

        default void setInvoiceExpandable(Expandable<Invoice> invoice) {
            set(INVOICE, invoice);
        }
    }

    /** {@code charge}, an expandable reference to a charge. */
    interface ChargeReference extends Has {
        Field<Expandable<Charge>> CHARGE = Field.expandable("charge", Charge.class);

        /** The charge's id, or null. */
        default String getCharge() {
            return Expandable.idOf(get(CHARGE));
        }

        default Expandable<Charge> getChargeExpandable() {
            return get(CHARGE);
        }
    }

    /** {@code payment_intent}, an expandable reference to a payment intent. */
    interface PaymentIntentReference extends Has {
        Field<Expandable<PaymentIntent>> PAYMENT_INTENT = Field.expandable("payment_intent", PaymentIntent.class);

        /** The payment intent's id, or null. */
        default String getPaymentIntent() {
            return Expandable.idOf(get(PAYMENT_INTENT));
        }

        default Expandable<PaymentIntent> getPaymentIntentExpandable() {
            return get(PAYMENT_INTENT);
        }
    }

    /** {@code balance_transaction}, an expandable reference to the balance transaction it moved. */
    interface BalanceTransactionReference extends Has {
        Field<Expandable<BalanceTransaction>> BALANCE_TRANSACTION = Field.expandable("balance_transaction",
                BalanceTransaction.class);

        /** The balance transaction's id, or null. */
        default String getBalanceTransaction() {
            return Expandable.idOf(get(BALANCE_TRANSACTION));
        }

        default Expandable<BalanceTransaction> getBalanceTransactionExpandable() {
            return get(BALANCE_TRANSACTION);
        }
    }

    /** {@code deleted}: true on the answer to a delete, absent otherwise. */
    interface Deleted extends Has {
        Field<Boolean> DELETED = Field.bool("deleted");

        /** {@code deleted} as sent: true for a deleted object, absent (null) otherwise. */
        default Boolean getDeleted() {
            return get(DELETED);
        }

        default boolean isDeleted() {
            return Boolean.TRUE.equals(get(DELETED));
        }
    }

    /** {@code livemode}. */
    interface Livemode extends Has {
        Field<Boolean> LIVEMODE = Field.bool("livemode");

        /** True in live mode, false in test mode. */
        default Boolean getLivemode() {
            return get(LIVEMODE);
        }

        default void setLivemode(Boolean livemode) {
            set(LIVEMODE, livemode);
        }
    }

    /** {@code metadata}. */
    interface Metadata extends Has {
        Field<Map<String, String>> METADATA = Field.metadata("metadata");

        /** Key-value pairs attached to the object; edits to the returned map count as changes. */
        default Map<String, String> getMetadata() {
            return get(METADATA);
        }

        default void setMetadata(Map<String, String> metadata) {
            set(METADATA, metadata);
        }
    }

    /** {@code name}. */
    interface Name extends Has {
        Field<String> NAME = Field.string("name");

        default String getName() {
            return get(NAME);
        }

        default void setName(String name) {
            set(NAME, name);
        }
    }

    /** {@code status}. */
    interface Status extends Has {
        Field<String> STATUS = Field.string("status");

        /** The state of the object; the model's {@code STATUS_*} constants name the values. */
        default String getStatus() {
            return get(STATUS);
        }

        default void setStatus(String status) {
            set(STATUS, status);
        }
    }

    /** {@code subscription}, an expandable reference to a subscription. */
    interface SubscriptionReference extends Has {
        Field<Expandable<Subscription>> SUBSCRIPTION = Field.expandable("subscription", Subscription.class);

        /** The subscription's id, or null. */
        default String getSubscription() {
            return Expandable.idOf(getSubscriptionExpandable());
        }

        default Expandable<Subscription> getSubscriptionExpandable() {
            return get(SUBSCRIPTION);
        }

        default void setSubscription(String subscriptionId) {
            set(SUBSCRIPTION, Expandable.ofId(subscriptionId));
        }

        default void setSubscriptionExpandable(Expandable<Subscription> subscription) {
            set(SUBSCRIPTION, subscription);
        }
    }

    /** {@code updated}. */
    interface Updated extends Has {
        Field<Instant> UPDATED = Field.instant("updated");

        /** When the object last changed (Stripe sends epoch seconds). */
        default Instant getUpdated() {
            return get(UPDATED);
        }

        default void setUpdated(Instant updated) {
            set(UPDATED, updated);
        }
    }
}
