package dev.camelstripe;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The nine things a {@code stripe:} endpoint can do: five actions (producers, used in {@code to(...)}) and four
 * triggers (polling consumers, used in {@code from(...)}).
 */
public enum StripeOperation {
    createProduct(Kind.ACTION),
    updateProduct(Kind.ACTION),
    createCustomer(Kind.ACTION),
    getCustomer(Kind.ACTION),
    updateCustomer(Kind.ACTION),
    newOrders(Kind.TRIGGER),
    newCharges(Kind.TRIGGER),
    newInvoiceItems(Kind.TRIGGER),
    newCustomers(Kind.TRIGGER);

    enum Kind {
        ACTION,
        TRIGGER
    }

    private final Kind kind;

    StripeOperation(Kind kind) {
        this.kind = kind;
    }

    public boolean isAction() {
        return kind == Kind.ACTION;
    }

    public boolean isTrigger() {
        return kind == Kind.TRIGGER;
    }

    /** The valid operation names of one kind, comma separated, for error messages. */
    static String namesOf(Kind kind) {
        return Arrays.stream(values()).filter(op -> op.kind == kind).map(Enum::name).collect(Collectors.joining(", "));
    }

    static String actionNames() {
        return namesOf(Kind.ACTION);
    }

    static String triggerNames() {
        return namesOf(Kind.TRIGGER);
    }

    /** Parses an operation name, failing with a message that lists every valid one. */
    public static StripeOperation parse(String name) {
        for (StripeOperation operation : values()) {
            if (operation.name().equals(name)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("Unknown Stripe operation '" + name + "'. Actions (to): " + actionNames()
                                           + ". Triggers (from): " + triggerNames() + ".");
    }
}
