package dev.camelstripe.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import dev.camelstripe.StripeOperation;
import dev.camelstripe.StripeOperation.Action;
import dev.camelstripe.StripeOperation.Kind;
import dev.camelstripe.client.StripeMethod;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.CustomerParams;
import dev.camelstripe.model.Product;
import dev.camelstripe.model.ProductParams;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The operation table: its data, the messages built from it, and docs/actions.md kept in step with it. */
class OperationTableTest {

    @Test
    void eachActionDeclaresItsCall() {
        assertThat(StripeOperation.createProduct.action()).contains(new Action(StripeMethod.POST, "/v1/products",
                Product.class, ProductParams.class, "name", "a non-empty string shown to customers"));
        assertThat(StripeOperation.updateProduct.action()).contains(new Action(StripeMethod.POST,
                "/v1/products/{id}", Product.class, ProductParams.class, null, null));
        assertThat(StripeOperation.createCustomer.action()).contains(new Action(StripeMethod.POST, "/v1/customers",
                Customer.class, CustomerParams.class, null, null));
        assertThat(StripeOperation.getCustomer.action()).contains(new Action(StripeMethod.GET, "/v1/customers/{id}",
                Customer.class, null, null, null));
        assertThat(StripeOperation.updateCustomer.action()).contains(new Action(StripeMethod.POST,
                "/v1/customers/{id}", Customer.class, CustomerParams.class, null, null));
        Action list = StripeOperation.listCustomers.action().orElseThrow();
        Action search = StripeOperation.searchCustomers.action().orElseThrow();
        assertThat(list).isEqualTo(new Action(StripeMethod.GET, "/v1/customers", Customer.class, null, null, null,
                Action.Form.LIST));
        assertThat(list.isList()).isTrue();
        assertThat(list.isSearch()).isFalse();
        assertThat(search.isSearch()).isTrue();
        assertThat(search.pathTemplate()).isEqualTo("/v1/customers/search");
        assertThat(search.requiredParam()).isEqualTo("query");
        Action any = StripeOperation.request.action().orElseThrow();
        assertThat(any.isAnyCall()).isTrue();
        assertThat(any.call()).isEqualTo("METHOD PATH");
        assertThat(any.objectNoun()).isEqualTo("object");
        assertThat(Arrays.stream(StripeOperation.values()).filter(StripeOperation::isTrigger))
                .allSatisfy(trigger -> assertThat(trigger.action()).isEmpty());
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
    }

    @Test
    void theNamesOfEachKindComeFromTheTable() {
        assertThat(Kind.ACTION.names()).isEqualTo("createProduct, updateProduct, createCustomer, getCustomer,"
                                                  + " updateCustomer, listCustomers, searchCustomers, request");
        assertThat(Kind.TRIGGER.names()).isEqualTo("newOrders, newCharges, newInvoiceItems, newCustomers");
        assertThat(StripeOperation.find("getCustomer")).contains(StripeOperation.getCustomer);
        assertThat(StripeOperation.find("GetCustomer")).isEmpty();
    }

    @Test
    void theMessagesNameWhereTheNameCameFromAndTheOperationsThatFit() {
        assertThatThrownBy(() -> StripeOperation.parse("deleteCustomer", "stripe://deleteCustomer (option operation)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown operation 'deleteCustomer' in stripe://deleteCustomer (option operation)."
                            + " Actions, for to(...): createProduct, updateProduct, createCustomer, getCustomer,"
                            + " updateCustomer, listCustomers, searchCustomers, request. Triggers, for from(...): newOrders, newCharges, newInvoiceItems,"
                            + " newCustomers.");
        assertThatThrownBy(() -> StripeOperation.newCharges.require(Kind.ACTION, "there"))
                .hasMessage("Operation 'newCharges' in there is a trigger: it can only be used in from(...). Actions,"
                            + " for to(...): createProduct, updateProduct, createCustomer, getCustomer,"
                            + " updateCustomer, listCustomers, searchCustomers, request.");
        StripeOperation.newCharges.require(Kind.TRIGGER, "there");
    }

    @Test
    void docsActionsListsEveryActionWithItsCall() throws IOException {
        String actions = Files.readString(DocsPaths.docsDir().resolve("actions.md"), StandardCharsets.UTF_8);
        List<String> rows = actions.lines().filter(line -> line.startsWith("| `stripe:")).toList();

        assertThat(rows).hasSize(Kind.ACTION.names().split(", ").length);
        for (StripeOperation operation : StripeOperation.values()) {
            operation.action().ifPresent(action -> assertThat(rows).as(operation.name())
                    .anySatisfy(row -> assertThat(row).startsWith("| `stripe:" + operation + "` | `" + action.call() + "` |")
                            .contains("| `" + action.resultType().getSimpleName() + "` |")));
        }
    }
}
