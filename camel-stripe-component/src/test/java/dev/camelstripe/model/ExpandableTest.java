package dev.camelstripe.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpandableTest {

    private static final TypeReference<Expandable<Customer>> EXPANDABLE_CUSTOMER = new TypeReference<>() {
    };

    @Test
    void readsAnIdAndWritesItBackAsAString() throws Exception {
        Expandable<Customer> customer = StripeJson.mapper().readValue("\"cus_123\"", EXPANDABLE_CUSTOMER);

        assertThat(customer.getId()).isEqualTo("cus_123");
        assertThat(customer.isExpanded()).isFalse();
        assertThat(customer.getExpanded()).isNull();
        assertThat(StripeJson.mapper().writeValueAsString(customer)).isEqualTo("\"cus_123\"");
    }

    @Test
    void readsAnObjectIntoTheDeclaredTypeAndWritesItBackAsAnObject() throws Exception {
        String json = "{\"id\":\"cus_123\",\"object\":\"customer\",\"email\":\"a@b.c\",\"tax_exempt\":\"none\"}";

        Expandable<Customer> customer = StripeJson.mapper().readValue(json, EXPANDABLE_CUSTOMER);

        assertThat(customer.getId()).isEqualTo("cus_123");
        assertThat(customer.isExpanded()).isTrue();
        assertThat(customer.getExpanded()).isInstanceOf(Customer.class);
        assertThat(customer.getExpanded().getEmail()).isEqualTo("a@b.c");
        assertThat(Fixtures.written(customer)).isEqualTo(StripeJson.mapper().readTree(json));
    }

    @Test
    void anExpandedInvoiceIsTypedAndKeepsAllItsFields() throws Exception {
        String json = "{\"id\":\"ch_1\",\"object\":\"charge\","
                + "\"invoice\":{\"id\":\"in_1\",\"object\":\"invoice\",\"amount_due\":2000,\"lines\":{\"object\":\"list\"},"
                + "\"x_new\":1}}";

        Charge charge = StripeJson.read(json.getBytes(), Charge.class);

        assertThat(charge.getInvoice()).isEqualTo("in_1");
        Invoice invoice = charge.getInvoiceExpandable().getExpanded();
        assertThat(invoice.getObject()).isEqualTo("invoice");
        assertThat(invoice.getAmountDue()).isEqualTo(2000L);
        assertThat(invoice.getUnknownField("x_new")).isEqualTo(1);
        assertThat(Fixtures.written(charge)).isEqualTo(StripeJson.mapper().readTree(json));
    }

    @Test
    void eachReferenceKeepsItsOwnShapeWithinOneObject() throws Exception {
        String json = "{\"id\":\"ii_1\",\"object\":\"invoiceitem\",\"customer\":{\"id\":\"cus_1\",\"object\":\"customer\"},"
                + "\"invoice\":\"in_1\",\"subscription\":{\"id\":\"sub_1\",\"object\":\"subscription\",\"status\":\"active\"}}";

        InvoiceItem item = StripeJson.read(json.getBytes(), InvoiceItem.class);
        JsonNode written = Fixtures.written(item);

        assertThat(item.getCustomerExpandable().getExpanded()).isInstanceOf(Customer.class);
        assertThat(item.getInvoiceExpandable().isExpanded()).isFalse();
        assertThat(item.getSubscription()).isEqualTo("sub_1");
        assertThat(written.get("customer").isObject()).isTrue();
        assertThat(written.get("invoice").asText()).isEqualTo("in_1");
        assertThat(written.get("subscription").get("status").asText()).isEqualTo("active");
    }

    @Test
    void setterByIdWritesAStringAndSetterByObjectWritesTheObject() {
        Customer customer = new Customer();
        customer.setId("cus_9");
        customer.setEmail("x@y.z");
        Order order = new Order();

        order.setCustomer("cus_9");
        assertThat(Fixtures.written(order).get("customer").asText()).isEqualTo("cus_9");

        order.setCustomerExpandable(Expandable.of(customer));
        assertThat(order.getCustomer()).isEqualTo("cus_9");
        assertThat(Fixtures.written(order).get("customer").get("email").asText()).isEqualTo("x@y.z");

        order.setCustomer(null);
        assertThat(order.getCustomer()).isNull();
        assertThat(Fixtures.written(order).get("customer").isNull()).isTrue(); // null unsets it at Stripe
    }

    @Test
    void nullReferencesStayNull() throws Exception {
        Charge charge = StripeJson.read("{\"id\":\"ch_1\",\"customer\":null}".getBytes(), Charge.class);

        assertThat(charge.getCustomerExpandable()).isNull();
        assertThat(charge.getCustomer()).isNull();
        assertThat(Expandable.ofId(null)).isNull();
        assertThat(Expandable.idOf(null)).isNull();
        assertThatThrownBy(() -> Expandable.of(null)).isInstanceOf(NullPointerException.class);
    }

    /** Read as sent, so nothing is lost; the typed getter says what is wrong instead of guessing. */
    @Test
    void neitherStringNorObjectIsKeptAndRefusedByTheTypedGetter() throws Exception {
        Charge charge = StripeJson.read("{\"id\":\"ch_1\",\"customer\":42}".getBytes(), Charge.class);

        assertThat(Fixtures.written(charge).get("customer").asInt()).isEqualTo(42);
        assertThatThrownBy(charge::getCustomer).isInstanceOf(IllegalStateException.class)
                .hasMessage("Stripe field customer holds 42 (Integer), not a Map");
    }

    @Test
    void anExpandableReadAloneRefusesANumber() {
        assertThatThrownBy(() -> StripeJson.mapper().readValue("42", EXPANDABLE_CUSTOMER))
                .isInstanceOf(MismatchedInputException.class);
    }
}
