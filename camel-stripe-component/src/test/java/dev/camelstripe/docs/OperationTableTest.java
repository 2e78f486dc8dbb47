package dev.camelstripe.docs;

import java.util.Arrays;
import java.util.List;

import dev.camelstripe.StripeOperation;
import dev.camelstripe.StripeOperation.Action;
import dev.camelstripe.StripeOperation.Kind;
import dev.camelstripe.client.StripeMethod;
import dev.camelstripe.StripeOperation.Action.Required;
import dev.camelstripe.StripeOperation.Action.Shape;
import dev.camelstripe.model.Charge;
import dev.camelstripe.model.ChargeParams;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.PaymentIntent;
import dev.camelstripe.model.PaymentIntentCaptureParams;
import dev.camelstripe.model.StripeList;
import dev.camelstripe.model.StripeSearchResult;
import dev.camelstripe.model.Subscription;
import dev.camelstripe.model.SubscriptionCancelParams;
import dev.camelstripe.model.CustomerParams;
import dev.camelstripe.model.Product;
import dev.camelstripe.model.ProductParams;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The operation table: its data and the messages built from it (docs/actions.md is ActionsDocTest's). */
class OperationTableTest {

    @Test
    void eachActionDeclaresItsCall() {
        assertThat(StripeOperation.createProduct.action()).contains(new Action(StripeMethod.POST, "/v1/products",
                Product.class, ProductParams.class, Shape.CREATE,
                List.of(new Required("name", "a non-empty string shown to customers"))));
        assertThat(StripeOperation.updateProduct.action()).contains(new Action(StripeMethod.POST,
                "/v1/products/{id}", Product.class, ProductParams.class, Shape.UPDATE, List.of()));
        assertThat(StripeOperation.getCustomer.action()).contains(new Action(StripeMethod.GET, "/v1/customers/{id}",
                Customer.class, null, Shape.RETRIEVE, List.of()));
        assertThat(StripeOperation.deleteCustomer.action()).contains(new Action(StripeMethod.DELETE,
                "/v1/customers/{id}", Customer.class, null, Shape.DELETE, List.of()));
        assertThat(StripeOperation.createCharge.action()).contains(new Action(StripeMethod.POST, "/v1/charges",
                Charge.class, ChargeParams.class, Shape.CREATE, List.of(new Required("amount",
                "a positive whole number"), new Required("currency", "a three-letter ISO currency code such as 'usd'"))));
        assertThat(StripeOperation.capturePaymentIntent.action()).contains(new Action(StripeMethod.POST,
                "/v1/payment_intents/{id}/capture", PaymentIntent.class, PaymentIntentCaptureParams.class, Shape.VERB,
                List.of()));
        assertThat(StripeOperation.cancelSubscription.action()).contains(new Action(StripeMethod.DELETE,
                "/v1/subscriptions/{id}", Subscription.class, SubscriptionCancelParams.class, Shape.DELETE, List.of()));
        Action list = StripeOperation.listCustomers.action().orElseThrow();
        Action search = StripeOperation.searchCustomers.action().orElseThrow();
        assertThat(list).isEqualTo(new Action(StripeMethod.GET, "/v1/customers", Customer.class, null, Shape.LIST,
                List.of()));
        assertThat(list.isList()).isTrue();
        assertThat(list.isSearch()).isFalse();
        assertThat(search.isSearch()).isTrue();
        assertThat(search.pathTemplate()).isEqualTo("/v1/customers/search");
        assertThat(search.required()).extracting(Required::param).containsExactly("query");
        Action any = StripeOperation.request.action().orElseThrow();
        assertThat(any.isAnyCall()).isTrue();
        assertThat(any.call()).isEqualTo("METHOD PATH");
        assertThat(any.objectNoun()).isEqualTo("object");
        assertThat(Arrays.stream(StripeOperation.values()).filter(StripeOperation::isTrigger))
                .allSatisfy(trigger -> assertThat(trigger.action()).isEmpty());
    }

    @Test
    void listsAndSearchesAnswerOnePageOfTheirItems() {
        Action list = StripeOperation.listCharges.action().orElseThrow();
        Action search = StripeOperation.searchPaymentIntents.action().orElseThrow();

        assertThat(list).isEqualTo(new Action(StripeMethod.GET, "/v1/charges", Charge.class, null, Shape.LIST,
                List.of()));
        assertThat(list.isList()).isTrue();
        assertThat(list.isSearch()).isFalse();
        assertThat(list.answerType()).isEqualTo(StripeList.typeOf(Charge.class));
        assertThat(list.answerName()).isEqualTo("StripeList<Charge>");
        assertThat(search.isSearch()).isTrue();
        assertThat(search.isList()).isFalse();
        assertThat(search.pathTemplate()).isEqualTo("/v1/payment_intents/search");
        assertThat(search.required()).extracting(Required::param).containsExactly("query");
        assertThat(search.answerType()).isEqualTo(StripeSearchResult.typeOf(PaymentIntent.class));
        assertThat(search.answerName()).isEqualTo("StripeSearchResult<PaymentIntent>");
    }

    @Test
    void onlyAPostSendsAnIdempotencyKey() {
        for (StripeOperation operation : StripeOperation.values()) {
            operation.action().filter(action -> !action.isAnyCall())
                    .ifPresent(action -> assertThat(action.sendsIdempotencyKey()).as(operation.name())
                    .isEqualTo(action.method() == StripeMethod.POST));
        }
        assertThat(StripeOperation.cancelSubscription.action().orElseThrow().sendsIdempotencyKey()).isFalse();
        assertThat(StripeOperation.voidInvoice.action().orElseThrow().sendsIdempotencyKey()).isTrue();
    }

    @Test
    void eachActionIsNamedForItsVerbAndResource() {
        for (StripeOperation operation : StripeOperation.values()) {
            operation.action().filter(action -> operation != StripeOperation.getCustomer && !action.isAnyCall())
                    .ifPresent(action -> {
                String resource = action.resultType().getSimpleName();
                assertThat(operation.name()).as(operation.name()).matches("[a-z]+" + resource + "e?s?");
            });
        }
    }

    @Test
    void anActionNeedsAnIdExactlyWhenItsPathHasOne() {
        Action update = StripeOperation.updateCustomer.action().orElseThrow();
        Action create = StripeOperation.createCustomer.action().orElseThrow();

        assertThat(update.needsId()).isTrue();
        assertThat(create.needsId()).isFalse();
        assertThat(update.path("cus 1/../x?y#z%")).isEqualTo("/v1/customers/cus%201%2F..%2Fx%3Fy%23z%25");
        assertThat(create.path(null)).isEqualTo("/v1/customers");
        assertThat(update.objectNoun()).isEqualTo("customer");
        assertThat(StripeOperation.expireCheckoutSession.action().orElseThrow().objectNoun())
                .isEqualTo("checkout session");
    }

    @Test
    void theNamesOfEachKindComeFromTheTable() {
        assertThat(Kind.ACTION.names()).startsWith("createProduct, updateProduct, deleteProduct, listProducts,"
                                                    + " searchProducts, createCustomer, getCustomer, updateCustomer,"
                                                    + " deleteCustomer, listCustomers, searchCustomers, createCharge,")
                .endsWith(", expireCheckoutSession, listCheckoutSessions, request");
        assertThat(Kind.ACTION.names().split(", ")).hasSize(66);
        assertThat(Kind.TRIGGER.names()).isEqualTo("newOrders, newCharges, newInvoiceItems, newCustomers, events,"
                                                   + " webhook");
        assertThat(StripeOperation.find("getCustomer")).contains(StripeOperation.getCustomer);
        assertThat(StripeOperation.find("GetCustomer")).isEmpty();
    }

    @Test
    void theMessagesNameWhereTheNameCameFromAndTheOperationsThatFit() {
        assertThatThrownBy(() -> StripeOperation.parse("removeCustomer", "stripe://removeCustomer (option operation)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown operation 'removeCustomer' in stripe://removeCustomer (option"
                                        + " operation). Actions, for to(...): createProduct, updateProduct,")
                .hasMessageContaining(", deleteCustomer, listCustomers, searchCustomers, createCharge,")
                .hasMessageEndingWith(", listCheckoutSessions, request. Triggers, for from(...): newOrders, newCharges,"
                                      + " newInvoiceItems, newCustomers, events, webhook.");
        assertThatThrownBy(() -> StripeOperation.newCharges.require(Kind.ACTION, "there"))
                .hasMessageStartingWith("Operation 'newCharges' in there is a trigger: it can only be used in"
                                        + " from(...). Actions, for to(...): createProduct, updateProduct,")
                .hasMessageEndingWith(", expireCheckoutSession, listCheckoutSessions, request.");
        StripeOperation.newCharges.require(Kind.TRIGGER, "there");
    }
}
