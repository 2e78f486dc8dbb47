package dev.camelstripe.examples.sandbox;

import static dev.camelstripe.examples.sandbox.ShopObjects.map;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.camelstripe.examples.sandbox.StatusMachine.Transition;

/**
 * Invoices and subscriptions, shared by their APIs and checkout. An invoice follows Stripe's status machine
 * ({@code draft → open → paid | void | uncollectible}, docs.stripe.com/invoicing/overview#invoice-lifecycle); a
 * finalized invoice with something to pay gets a payment intent, and paying the invoice confirms it, so every decline
 * and 3D Secure rule of {@link Intents} applies. A subscription's first invoice is paid when it is created, and the
 * subscription is {@code active}, {@code trialing} or {@code incomplete} by its outcome.
 */
public final class Billing {

    /** Stripe's message when nothing can pay an invoice. */
    static final String NO_PAYMENT_METHOD = "This customer has no attached payment source or default payment "
            + "method. Please consider adding a default payment method. For more information, visit "
            + "https://stripe.com/docs/billing/subscriptions/payment-methods-setting#payment-method-priority.";

    static final StatusMachine INVOICES = new StatusMachine("Invoice", "invoice_not_editable", null,
            new Transition("edit", "edited", List.of("draft"), null),
            new Transition("delete", "deleted", List.of("draft"), null),
            new Transition("finalize", "finalized", List.of("draft"), "open"),
            new Transition("pay", "paid", List.of("open", "uncollectible"), "paid"),
            new Transition("send", "sent", List.of("open"), "open"),
            new Transition("void", "voided", List.of("open", "uncollectible"), "void"),
            new Transition("mark_uncollectible", "marked uncollectible", List.of("open"), "uncollectible"));

    static final StatusMachine SUBSCRIPTIONS = new StatusMachine("Subscription", null, null,
            new Transition("update", "updated", List.of("incomplete", "trialing", "active", "past_due", "unpaid",
                    "paused"), null),
            new Transition("cancel", "canceled", List.of("incomplete", "trialing", "active", "past_due", "unpaid",
                    "paused"), "canceled"),
            new Transition("resume", "resumed", List.of("paused"), "active"),
            new Transition("end_trial", "ended its trial", List.of("trialing"), null));

    /** A subscription line: a recurring price, its quantity and metadata. */
    record Item(Map<String, Object> price, long quantity, Map<String, Object> metadata) {
    }

    private final ResourceStore invoices;
    private final ResourceStore invoiceItems;
    private final ResourceStore subscriptions;
    private final ResourceStore customers;
    private final Intents intents;

    Billing(ResourceStore invoices, ResourceStore invoiceItems, ResourceStore subscriptions,
            ResourceStore customers, Intents intents) {
        this.invoices = invoices;
        this.invoiceItems = invoiceItems;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.intents = intents;
        intents.onOutcome(this::followPayment);
    }

    ResourceStore invoices() {
        return invoices;
    }

    ResourceStore subscriptions() {
        return subscriptions;
    }

    /**
     * A draft invoice for a customer; with {@code includePending} the customer's pending invoice items become its
     * lines (Stripe's {@code pending_invoice_items_behavior=include}).
     */
    Map<String, Object> createInvoice(Map<String, Object> fields, boolean includePending) {
        return invoices.atomically(() -> {
            String customer = (String) fields.get("customer");
            String id = Ids.next("in");
            List<Map<String, Object>> lines = new ArrayList<>();
            if (includePending) {
                for (Map<String, Object> item : invoiceItems.where(i -> customer.equals(i.get("customer"))
                        && i.get("invoice") == null)) {
                    invoiceItems.update((String) item.get("id"), i -> i.put("invoice", id), List.of());
                    lines.add(BillingObjects.invoiceLine("invoiceitem", Payments.longOf(item, "amount"),
                            (String) item.get("currency"), (String) item.get("description"), null,
                            Payments.longOf(item, "quantity"), (String) item.get("id"), null, item.get("period")
                                    instanceof Map<?, ?> p ? ResourceStore.copy(castMap(p)) : null));
                }
            }
            return invoices.create(invoiceFields(id, fields, lines));
        });
    }

    /** Finalizes a draft: numbered, due, with a payment intent for what is due; nothing due means paid at once. */
    Map<String, Object> finalizeInvoice(String id, Boolean autoAdvance) {
        return invoices.atomically(() -> {
            Map<String, Object> invoice = invoices.live(id, "id");
            INVOICES.check("finalize", invoice);
            Map<String, Object> customer = customers.get((String) invoice.get("customer"));
            long sequence = Payments.longOf(customer, "next_invoice_sequence");
            customers.update((String) customer.get("id"), c -> c.put("next_invoice_sequence", sequence + 1),
                    List.of());
            long now = invoices.now();
            long due = Payments.longOf(invoice, "amount_due");
            String intent = due == 0 ? null : (String) intents.create(map("amount", due,
                    "currency", invoice.get("currency"), "customer", invoice.get("customer"),
                    "description", "Invoice " + customer.get("invoice_prefix") + "-" + String.format("%04d", sequence),
                    "invoice", id, "setup_future_usage", null), null).get("id");
            Map<String, Object> finalized = invoices.update(id, in -> {
                in.put("status", "open");
                in.put("number", customer.get("invoice_prefix") + "-" + String.format("%04d", sequence));
                in.put("payment_intent", intent);
                in.put("hosted_invoice_url", "https://invoice.stripe.com/i/sandbox/" + id);
                in.put("invoice_pdf", "https://pay.stripe.com/invoice/sandbox/" + id + "/pdf");
                statusTransition(in, "finalized_at", now);
                if (autoAdvance != null) {
                    in.put("auto_advance", autoAdvance);
                }
                if ("send_invoice".equals(in.get("collection_method")) && in.get("due_date") == null) {
                    in.put("due_date", now + 86_400L * Payments.longOf(in, "days_until_due"));
                }
            }, List.of("invoice.finalized"));
            return due == 0 ? markPaid(id, false) : finalized;
        });
    }

    /**
     * Pays an open invoice: out of band, or by confirming its payment intent with {@code paymentMethod}, else the
     * invoice's, its subscription's or its customer's default (Stripe's order); {@code offSession} is Stripe's
     * {@code off_session}, true by default when an invoice is paid.
     *
     * @throws StripeError 402 when the payment is declined or needs the customer (3D Secure)
     */
    Map<String, Object> pay(String id, String paymentMethod, boolean outOfBand, boolean offSession) {
        return invoices.atomically(() -> {
            Map<String, Object> invoice = invoices.live(id, "id");
            INVOICES.check("pay", invoice);
            if (outOfBand) {
                String intent = (String) invoice.get("payment_intent");
                if (intent != null) {
                    intents.cancel(intent, null);
                }
                return markPaid(id, true);
            }
            String method = paymentMethod != null ? paymentMethod : defaultPaymentMethod(invoice);
            if (method == null) {
                throw StripeError.invalid(null, "payment_method", NO_PAYMENT_METHOD);
            }
            Map<String, Object> intent = intents.confirm((String) invoice.get("payment_intent"), method, offSession,
                    Map.of());
            if ("requires_action".equals(intent.get("status"))) {
                throw StripeError.card("invoice_payment_intent_requires_action", null, "Payment for this invoice "
                        + "requires a user action: the payment intent " + intent.get("id") + " needs authentication.")
                        .with("payment_intent", intent);
            }
            return invoices.get(id);
        });
    }

    /** Moves an invoice by a transition that changes nothing but its status (and its transition time). */
    Map<String, Object> transition(String id, String action, String eventType, String transitionField) {
        return invoices.atomically(() -> {
            Map<String, Object> invoice = invoices.live(id, "id");
            String status = INVOICES.check(action, invoice);
            if ("void".equals(status) && invoice.get("payment_intent") != null) {
                intents.cancel((String) invoice.get("payment_intent"), "void_invoice");
            }
            long now = invoices.now();
            return invoices.update(id, in -> {
                in.put("status", status);
                if (transitionField != null) {
                    statusTransition(in, transitionField, now);
                }
            }, List.of(eventType));
        });
    }

    /** Deletes a draft; its invoice items are pending again. */
    Map<String, Object> deleteInvoice(String id) {
        return invoices.atomically(() -> {
            INVOICES.check("delete", invoices.live(id, "id"));
            invoiceItems.where(i -> id.equals(i.get("invoice")))
                    .forEach(i -> invoiceItems.update((String) i.get("id"), item -> item.put("invoice", null),
                            List.of()));
            return invoices.delete(id);
        });
    }

    /**
     * Subscribes a customer: the subscription with its first invoice, paid now unless it has a trial, is sent, or
     * {@code payment_behavior=default_incomplete} leaves it to the caller.
     *
     * @throws StripeError 400 when nothing can pay it; 402 when declined and {@code error_if_incomplete}
     */
    Map<String, Object> subscribe(Map<String, Object> fields, List<Item> items, String paymentBehavior,
            Long trialDays) {
        return subscriptions.atomically(() -> {
            String id = Ids.next("sub");
            long now = subscriptions.now();
            Map<String, Object> recurring = castMap((Map<?, ?>) items.get(0).price().get("recurring"));
            long periodEnd = trialDays != null ? now + trialDays * 86_400L : periodEnd(now, recurring);
            List<Map<String, Object>> subscriptionItems = new ArrayList<>();
            items.forEach(item -> subscriptionItems.add(BillingObjects.subscriptionItem(id, now, item.price(),
                    item.quantity(), item.metadata())));
            Map<String, Object> all = new LinkedHashMap<>(fields);
            all.put("id", id);
            all.put("currency", items.get(0).price().get("currency"));
            all.put("current_period_start", now);
            all.put("current_period_end", periodEnd);
            all.put("items", map("object", "list", "data", subscriptionItems, "has_more", false,
                    "total_count", (long) subscriptionItems.size(), "url", "/v1/subscription_items?subscription=" + id));
            if (trialDays != null) {
                all.put("trial_start", now);
                all.put("trial_end", periodEnd);
            }
            boolean sendInvoice = "send_invoice".equals(fields.get("collection_method"));
            boolean chargeNow = trialDays == null && !sendInvoice && !"default_incomplete".equals(paymentBehavior);
            String method = chargeNow ? defaultPaymentMethod(all) : null;
            if (chargeNow && method == null) {
                throw StripeError.invalid(null, null, NO_PAYMENT_METHOD);
            }
            Map<String, Object> invoice = cycleInvoice(all, subscriptionItems, trialDays != null, "subscription_create");
            all.put("latest_invoice", invoice.get("id"));
            all.put("status", trialDays != null ? "trialing" : sendInvoice ? "active"
                    : chargeNow && attemptPayment(invoice, method, "error_if_incomplete".equals(paymentBehavior))
                            ? "active" : "incomplete");
            return subscriptions.create(all);
        });
    }

    /** Ends a trial now ({@code trial_end=now}): the first paid period starts, or the missing payment method rule. */
    Map<String, Object> endTrial(String id) {
        return subscriptions.atomically(() -> {
            Map<String, Object> subscription = subscriptions.live(id, "id");
            SUBSCRIPTIONS.check("end_trial", subscription);
            long now = subscriptions.now();
            String method = defaultPaymentMethod(subscription);
            String whenMissing = String.valueOf(castMap((Map<?, ?>) castMap((Map<?, ?>) subscription
                    .get("trial_settings")).get("end_behavior")).get("missing_payment_method"));
            if (method == null && "pause".equals(whenMissing)) {
                return moveSubscription(id, "paused", s -> s.put("trial_end", now),
                        "customer.subscription.paused");
            }
            if (method == null && "cancel".equals(whenMissing)) {
                return cancelSubscription(id, map("comment", null, "feedback", null,
                        "reason", "cancellation_requested"));
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) castMap((Map<?, ?>) subscription.get("items"))
                    .get("data");
            Map<String, Object> invoice = cycleInvoice(subscription, items, false, "subscription_cycle");
            boolean paid = method != null && attemptPayment(invoice, method, false);
            Map<String, Object> recurring = castMap((Map<?, ?>) castMap((Map<?, ?>) items.get(0).get("price"))
                    .get("recurring"));
            return moveSubscription(id, paid ? "active" : "past_due", s -> {
                s.put("trial_end", now);
                s.put("current_period_start", now);
                s.put("current_period_end", periodEnd(now, recurring));
                s.put("latest_invoice", invoice.get("id"));
            }, null);
        });
    }

    Map<String, Object> cancelSubscription(String id, Map<String, Object> details) {
        return subscriptions.atomically(() -> {
            SUBSCRIPTIONS.check("cancel", subscriptions.live(id, "id"));
            long now = subscriptions.now();
            return subscriptions.update(id, s -> {
                s.put("status", "canceled");
                s.put("canceled_at", now);
                s.put("ended_at", now);
                s.put("cancellation_details", details);
            }, List.of("customer.subscription.deleted"));
        });
    }

    Map<String, Object> resume(String id) {
        return subscriptions.atomically(() -> {
            String status = SUBSCRIPTIONS.check("resume", subscriptions.live(id, "id"));
            return moveSubscription(id, status, s -> s.put("pause_collection", null),
                    "customer.subscription.resumed");
        });
    }

    /** The payment method that pays {@code owner} (an invoice or a subscription) by default, or null. */
    private String defaultPaymentMethod(Map<String, Object> owner) {
        if (owner.get("default_payment_method") instanceof String own) {
            return own;
        }
        if (owner.get("subscription") instanceof String subscription) {
            Object method = subscriptions.find(subscription).map(s -> s.get("default_payment_method")).orElse(null);
            if (method instanceof String s) {
                return s;
            }
        }
        Map<String, Object> customer = customers.get((String) owner.get("customer"));
        Object settings = customer.get("invoice_settings");
        return settings instanceof Map<?, ?> m && m.get("default_payment_method") instanceof String s ? s : null;
    }

    /** An invoice for one period of a subscription's items, finalized (paid at once when it is a trial's). */
    private Map<String, Object> cycleInvoice(Map<String, Object> subscription, List<Map<String, Object>> items,
            boolean trial, String reason) {
        String id = Ids.next("in");
        Map<String, Object> period = map("end", subscription.get("current_period_end"),
                "start", subscription.get("current_period_start"));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Map<String, Object> price = castMap((Map<?, ?>) item.get("price"));
            long quantity = Payments.longOf(item, "quantity");
            lines.add(BillingObjects.invoiceLine("subscription", trial ? 0L : Payments.longOf(price, "unit_amount")
                    * quantity, (String) price.get("currency"), quantity + " × " + price.get("product")
                    + (trial ? " (trial)" : ""), price, quantity, (String) item.get("id"),
                    (String) subscription.get("id"), period));
        }
        Map<String, Object> fields = map("customer", subscription.get("customer"),
                "subscription", subscription.get("id"), "billing_reason", reason,
                "collection_method", subscription.get("collection_method"),
                "days_until_due", subscription.get("days_until_due"), "auto_advance", true);
        invoices.create(invoiceFields(id, fields, lines));
        return finalizeInvoice(id, null);
    }

    /** Pays a subscription's invoice; a decline leaves it open, or fails the request when asked to. */
    private boolean attemptPayment(Map<String, Object> invoice, String method, boolean errorIfIncomplete) {
        if ("paid".equals(invoice.get("status"))) {
            return true;
        }
        try {
            // on session, as a customer subscribing is: a card that needs 3D Secure leaves it incomplete
            return "paid".equals(pay((String) invoice.get("id"), method, false, false).get("status"));
        } catch (StripeError declined) {
            if (errorIfIncomplete || !declined.executed()) {
                throw declined;
            }
            return false;
        }
    }

    /** An invoice whose payment intent succeeded is paid; one whose attempt failed records the attempt. */
    private void followPayment(Map<String, Object> intent) {
        if (!(intent.get("invoice") instanceof String id) || invoices.find(id).isEmpty()) {
            return;
        }
        if ("succeeded".equals(intent.get("status"))) {
            Map<String, Object> paid = markPaid(id, false);
            invoices.update(id, in -> in.put("charge", intent.get("latest_charge")), List.of());
            if (paid.get("subscription") instanceof String subscription && subscriptions.find(subscription)
                    .filter(s -> List.of("incomplete", "past_due").contains(s.get("status"))).isPresent()) {
                moveSubscription(subscription, "active", s -> {
                }, null);
            }
        } else {
            invoices.update(id, in -> {
                in.put("attempted", true);
                in.put("attempt_count", Payments.longOf(in, "attempt_count") + 1);
            }, List.of("invoice.payment_failed"));
        }
    }

    private Map<String, Object> markPaid(String id, boolean outOfBand) {
        long now = invoices.now();
        return invoices.update(id, in -> {
            in.put("status", "paid");
            in.put("paid", true);
            in.put("paid_out_of_band", outOfBand);
            in.put("amount_paid", in.get("amount_due"));
            in.put("amount_remaining", 0L);
            if (!outOfBand && Payments.longOf(in, "amount_due") > 0) {
                in.put("attempted", true);
                in.put("attempt_count", Payments.longOf(in, "attempt_count") + 1);
            }
            statusTransition(in, "paid_at", now);
        }, outOfBand ? List.of("invoice.paid") : List.of("invoice.paid", "invoice.payment_succeeded"));
    }

    /** Moves a subscription to {@code status}, recording {@code customer.subscription.updated} and {@code also}. */
    private Map<String, Object> moveSubscription(String id, String status, Consumer<Map<String, Object>> change,
            String also) {
        List<String> types = also == null ? List.of("customer.subscription.updated")
                : List.of(also, "customer.subscription.updated");
        return subscriptions.update(id, s -> {
            change.accept(s);
            s.put("status", status);
        }, types);
    }

    private Map<String, Object> invoiceFields(String id, Map<String, Object> fields, List<Map<String, Object>> lines) {
        Map<String, Object> customer = customers.get((String) fields.get("customer"));
        long total = lines.stream().mapToLong(l -> Payments.longOf(l, "amount")).sum();
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("id", id);
        all.put("customer_email", customer.get("email"));
        all.put("customer_name", customer.get("name"));
        all.put("lines", BillingObjects.lines(id, lines));
        if (!lines.isEmpty()) {
            all.put("currency", lines.get(0).get("currency"));
        }
        for (String amount : new String[] {"subtotal", "subtotal_excluding_tax", "total", "total_excluding_tax",
                "amount_due", "amount_remaining"}) {
            all.put(amount, total);
        }
        return all;
    }

    /** The end of one billing period of a recurring price ({@code interval} × {@code interval_count}). */
    static long periodEnd(long start, Map<String, Object> recurring) {
        long count = Payments.longOf(recurring, "interval_count");
        ZonedDateTime from = Instant.ofEpochSecond(start).atZone(ZoneOffset.UTC);
        ZonedDateTime to = switch (String.valueOf(recurring.get("interval"))) {
            case "day" -> from.plusDays(count);
            case "week" -> from.plusWeeks(count);
            case "year" -> from.plusYears(count);
            default -> from.plusMonths(count);
        };
        return to.toEpochSecond();
    }

    private static void statusTransition(Map<String, Object> invoice, String field, long now) {
        castMap((Map<?, ?>) invoice.get("status_transitions")).put(field, now);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
