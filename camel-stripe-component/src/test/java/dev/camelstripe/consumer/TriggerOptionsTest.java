package dev.camelstripe.consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trigger refuses at start what would make it deliver nothing in silence, and every refusal names the endpoint
 * (secrets masked), the option and what was expected. Nothing is sent to Stripe.
 */
class TriggerOptionsTest extends ConsumerTestSupport {

    @Test
    void startFromInEpochMillisecondsIsRefusedWithTheSecondsItMeant() {
        String message = startFailure("newCharges", "startFrom=1700000000000");

        assertThat(message).startsWith("stripe://newCharges?").contains("apiKey=xxxxxx").doesNotContain(KEY)
                .endsWith(": startFrom 1700000000000 looks like epoch milliseconds (as seconds it is the year 55840):"
                          + " give epoch seconds, here 1700000000 (2023-11-14T22:13:20Z), an ISO-8601 instant such as"
                          + " 2024-05-01T00:00:00Z, now or beginning");
    }

    @ParameterizedTest
    @CsvSource({ "2099-01-01T00:00:00Z, startFrom 2099-01-01T00:00:00Z is in the future",
                 "4102444800, startFrom 4102444800 (2100-01-01T00:00:00Z) is in the future" })
    void startFromInTheFarFutureIsRefused(String startFrom, String expected) {
        String message = startFailure("newCharges", "startFrom=" + startFrom);

        assertThat(message).contains(": " + expected + " (this host's clock says 2023-11-14T22:13:20Z): the"
                                     + " trigger would deliver nothing until then. Expected now, beginning, or a"
                                     + " past instant: ISO-8601 such as 2024-05-01T00:00:00Z, or epoch seconds")
                .doesNotContain(KEY);
    }

    @Test
    void startFromWithinADayOfTheHostsClockIsAccepted() throws Exception {
        // a host clock a few hours behind Stripe's must not refuse an instant that is already past on Stripe's
        route("newCharges", "startFrom=2023-11-15T06:00:00Z");
        assertThat(consumer().getState()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pageSize=101 | pageSize must be 1 to 100 (Stripe's limit), was 101",
            "pageSize=0 | pageSize must be 1 to 100 (Stripe's limit), was 0",
            "startFrom=yesterday | startFrom must be now, beginning, an ISO-8601 instant such as 2024-05-01T00:00:00Z,"
            + " or epoch seconds; was yesterday",
            "settleTime=-1 | settleTime must be 0 or more milliseconds, was -1",
            "deliveryFailureThreshold=0 | deliveryFailureThreshold must be 1 or more, was 0",
            "maxMessagesPerPoll=-1 | maxMessagesPerPoll must be 0 (no cap) or more, was -1" })
    void badValuesNameTheEndpointWithTheKeyMaskedAndTheOption(String option, String expected) {
        String message = startFailure("newCharges", option);

        assertThat(message).startsWith("stripe://newCharges?").contains("apiKey=xxxxxx").doesNotContain(KEY)
                .doesNotContain("51ConsumerSecret").endsWith(": " + expected);
    }
}
