package dev.camelstripe.consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extra list parameters (list.NAME=VALUE) reach every list call of a trigger: filters the list accepts and
 * expansions. Those the trigger sets itself are refused at start. The Java and YAML forms are run by
 * {@link ListParametersDocsTest}.
 */
class ListParametersTest extends ConsumerTestSupport {

    static final String CUSTOMERS = "/v1/customers";

    private void charge(String id, long created, String customer) {
        fake.add(CHARGES, "{\"id\":\"" + id + "\",\"object\":\"charge\",\"created\":" + created + ",\"customer\":\""
                          + customer + "\"}");
    }

    @Test
    void aFilterAndExpansionsInTheUriGoOnEveryListCall() throws Exception {
        charge("ch_1", STARTED_AT, "cus_1");
        charge("ch_2", STARTED_AT + 1, "cus_2");
        charge("ch_3", STARTED_AT + 2, "cus_1");
        route("newCharges", "startFrom=beginning&list.customer=cus_1&list.expand=data.customer,data.invoice");

        poll();
        poll();

        assertThat(receivedIds()).containsExactly("ch_1", "ch_3");
        assertThat(fake.calls()).containsExactly(
                "/v1/charges?limit=100&customer=cus_1&expand[0]=data.customer&expand[1]=data.invoice",
                "/v1/charges?limit=100&ending_before=ch_3&customer=cus_1&expand[0]=data.customer"
                + "&expand[1]=data.invoice");
        assertThat(consumer().getEndpoint().getListParameters()).containsEntry("customer", "cus_1");
    }

    @Test
    void customersOfATestClockAreListedOnlyWithTheTestClockParameter() throws Exception {
        fake.add(CUSTOMERS, "{\"id\":\"cus_plain\",\"object\":\"customer\",\"created\":" + STARTED_AT + "}");
        fake.add(CUSTOMERS, "{\"id\":\"cus_clocked\",\"object\":\"customer\",\"created\":" + (STARTED_AT + 1)
                            + ",\"test_clock\":\"clock_1\"}");
        route("newCustomers", "startFrom=beginning&list.test_clock=clock_1");

        poll();

        assertThat(receivedIds()).containsExactly("cus_clocked");
        assertThat(fake.calls()).containsExactly("/v1/customers?limit=100&test_clock=clock_1");
    }

    @ParameterizedTest
    @ValueSource(strings = { "limit=5", "starting_after=ch_1", "ending_before=ch_1", "created=1700000000",
                             "created[gte]=1700000000" })
    void parametersTheTriggerSetsItselfAreRefusedAtStart(String parameter) {
        String name = parameter.substring(0, parameter.indexOf('='));

        assertThat(startFailure("newCharges", "list." + parameter)).startsWith("stripe://newCharges?")
                .endsWith(": list." + name + " is a list parameter the trigger sets itself (limit, starting_after,"
                          + " ending_before, created; choose them with pageSize and startFrom): remove it")
                .doesNotContain(KEY);
    }

    @Test
    void anExpansionThatDoesNotStartWithDataIsRefusedAtStart() {
        assertThat(startFailure("newCharges", "list.expand=customer")).endsWith(": list.expand=customer: an"
                + " expansion on a list starts with data., as in data.customer (Stripe's rule for list calls)");
    }
}
