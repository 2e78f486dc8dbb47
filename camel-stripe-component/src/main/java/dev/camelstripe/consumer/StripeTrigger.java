package dev.camelstripe.consumer;

import java.time.Instant;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JavaType;
import dev.camelstripe.StripeOperation;
import dev.camelstripe.model.Charge;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.Event;
import dev.camelstripe.model.InvoiceItem;
import dev.camelstripe.model.Order;
import dev.camelstripe.model.StripeList;
import dev.camelstripe.model.StripeObject;

/**
 * What one trigger polls: the Stripe list path, the POJO each item becomes, and how to read an item's creation
 * second. The polling logic itself is the same for all four and lives in {@link StripePollingConsumer}.
 *
 * @param objectType the Stripe {@code object} value, used when an item does not carry one
 */
public record StripeTrigger(StripeOperation operation, String path, String objectType,
                            Class<? extends StripeObject> type, Function<StripeObject, Instant> createdOf) {

    public static final StripeTrigger ORDERS = new StripeTrigger(StripeOperation.newOrders, "/v1/orders", "order",
            Order.class, o -> ((Order) o).getCreated());
    public static final StripeTrigger CHARGES = new StripeTrigger(StripeOperation.newCharges, "/v1/charges", "charge",
            Charge.class, o -> ((Charge) o).getCreated());
    public static final StripeTrigger INVOICE_ITEMS = new StripeTrigger(StripeOperation.newInvoiceItems,
            "/v1/invoiceitems", "invoiceitem", InvoiceItem.class, StripeTrigger::invoiceItemCreated);
    public static final StripeTrigger CUSTOMERS = new StripeTrigger(StripeOperation.newCustomers, "/v1/customers",
            "customer", Customer.class, o -> ((Customer) o).getCreated());
    /** Stripe's events, oldest first; {@link EventsWindow} adds the types filter and the 30-day window. */
    public static final StripeTrigger EVENTS = new StripeTrigger(StripeOperation.events, "/v1/events", "event",
            Event.class, o -> ((Event) o).getCreated());

    /** The trigger of a {@code stripe:} trigger operation. */
    public static StripeTrigger of(StripeOperation operation) {
        return switch (operation) {
            case newOrders -> ORDERS;
            case newCharges -> CHARGES;
            case newInvoiceItems -> INVOICE_ITEMS;
            case newCustomers -> CUSTOMERS;
            case events -> EVENTS;
            default -> throw new IllegalArgumentException("stripe:" + operation + " is not a trigger");
        };
    }

    /** The Jackson type of one page of this trigger's list. */
    public JavaType pageType() {
        return StripeList.typeOf(type);
    }

    /** The item's creation time; fails clearly when Stripe sent none, since ordering depends on it. */
    public Instant createdOf(StripeObject item) {
        Instant created = createdOf.apply(item);
        if (created == null) {
            throw new IllegalStateException(path + " returned " + objectType + " " + item.getId()
                                            + " without a creation time");
        }
        return created;
    }

    /**
     * Invoice items are filtered on {@code created} by Stripe's list API but carry their time in {@code date}; newer
     * API versions also send {@code created}, which is then kept as an unknown field and preferred.
     */
    private static Instant invoiceItemCreated(StripeObject object) {
        InvoiceItem item = (InvoiceItem) object;
        Object created = item.getUnknownField("created");
        if (created instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return item.getDate();
    }
}
