package dev.camelstripe.consumer;

import java.time.Duration;
import java.time.Instant;

import dev.camelstripe.StripeComponent;
import dev.camelstripe.test.LogCapture;
import dev.camelstripe.test.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stripe's lists are eventually consistent and Stripe's clock is the one that counts: a trigger waits settleTime
 * (60 s) on Stripe's clock before it delivers an object, so one that Stripe lists late is delivered once and in
 * order; startFrom=now is Stripe's second, not the host's.
 */
class SettleTimeAndClockTest extends ConsumerTestSupport {

    @Test
    void anObjectThatStripeListsAfterNewerOnesIsDeliveredOnceAndInOrder() throws Exception {
        route("newCharges", "startFrom=beginning");
        fake.add(CHARGES, "ch_a", STARTED_AT + 100);
        fake.add(CHARGES, "ch_c", STARTED_AT + 110);
        clock.set(java.time.Instant.ofEpochSecond(STARTED_AT + 120));

        consumer().run(); // ch_a and ch_c are listed, but younger than 60 s on Stripe's clock
        assertThat(received).isEmpty();

        clock.advance(Duration.ofSeconds(20));
        fake.addLate(CHARGES, "ch_b", STARTED_AT + 105); // created before ch_c, listed only now
        clock.advance(Duration.ofSeconds(60));
        consumer().run();

        assertThat(receivedIds()).containsExactly("ch_a", "ch_b", "ch_c");
        poll();
        poll();
        assertThat(receivedIds()).containsExactly("ch_a", "ch_b", "ch_c");
    }

    @Test
    void anIdlePollIsOneListCallEvenWithMoreThanAPageOfObjectsStillSettling() throws Exception {
        fake.add(CHARGES, "ch_1", STARTED_AT);
        route("newCharges", "startFrom=beginning");
        poll();
        long second = clock.instant().getEpochSecond();
        for (int i = 0; i < 150; i++) {
            fake.add(CHARGES, "ch_new" + i, second - 10);
        }
        int before = fake.calls().size();

        consumer().run();

        assertThat(fake.calls().subList(before, fake.calls().size()))
                .containsExactly("/v1/charges?limit=100&ending_before=ch_1");
        assertThat(receivedIds()).containsExactly("ch_1");
    }

    /**
     * Stripe's {@code created} is a whole second and so is its {@code Date} header (RFC 9110's IMF-fixdate): ch_2, of
     * second T, was made at T + 0.9 s. Counted from T, the settle time would deliver ch_1 before Stripe lists ch_2
     * (less than settleTime after ch_2 was made), behind ch_1, where a cursor already at ch_1 never sees it. Counted
     * from the end of second T, and rounded up to whole seconds, it waits for ch_2. Times in ms after T.
     */
    @ParameterizedTest(name = "settleTime={0}: first poll at +{1}, ch_2 listed at +{2}, next poll at +{3}")
    @CsvSource({"60000, 60200, 60400, 61100", "500, 1100, 1300, 2500"})
    void anObjectListedLessThanTheSettleTimeAfterItWasMadeIsDeliveredEvenBehindOneOfItsSecond(
            long settleTime, long firstPoll, long listed, long nextPoll) throws Exception {
        route("newCharges", "startFrom=beginning&settleTime=" + settleTime);
        fake.add(CHARGES, "ch_1", STARTED_AT);
        clock.set(at(STARTED_AT, firstPoll));

        consumer().run();
        assertThat(received).as("second T ended less than settleTime ago").isEmpty();

        clock.set(at(STARTED_AT, listed));
        fake.addLate(CHARGES, "ch_2", STARTED_AT);
        clock.set(at(STARTED_AT, nextPoll));
        consumer().run();
        poll();

        assertThat(receivedIds()).containsExactlyInAnyOrder("ch_1", "ch_2").hasSize(2);
    }

    @Test
    void settleTimeZeroDeliversWhatStripeListsOnceItsCreationSecondIsOver() throws Exception {
        route("newCharges", "startFrom=beginning&settleTime=0");
        fake.add(CHARGES, "ch_1", STARTED_AT);
        clock.set(at(STARTED_AT, 900));

        consumer().run();
        assertThat(received).as("its second is still running on Stripe's clock").isEmpty();

        clock.set(at(STARTED_AT + 1, 0));
        consumer().run();

        assertThat(receivedIds()).containsExactly("ch_1");
        assertThat(consumer().getEndpoint().getSettleTime()).isZero();
    }

    @Test
    void startFromNowIsStripesSecondSoAHostRunningAnHourFastSkipsNothing() throws Exception {
        TestClock fastHost = TestClock.atSecond(STARTED_AT + 3_600);
        context.getComponent("stripe", StripeComponent.class).setClock(fastHost);
        fake.add(CHARGES, "ch_old", STARTED_AT - 1);
        route("newCharges", ""); // started at Stripe's STARTED_AT, the host says an hour later
        fake.add(CHARGES, "ch_1", STARTED_AT + 1);
        fake.add(CHARGES, "ch_2", STARTED_AT + 2);
        clock.advance(POLL_DELAY);
        fastHost.advance(POLL_DELAY);

        consumer().run();

        assertThat(receivedIds()).containsExactly("ch_1", "ch_2");
    }

    static Instant at(long second, long millis) {
        return Instant.ofEpochSecond(second).plusMillis(millis);
    }

    @Test
    void answersWithoutADateHeaderFallBackToTheHostsClockWithOneWarning() throws Exception {
        fake.clock(null);
        route("newCharges", "startFrom=beginning");
        fake.add(CHARGES, "ch_1", STARTED_AT);
        String logs;
        try (LogCapture capture = new LogCapture()) {
            poll();
            poll();
            logs = capture.text();
        }

        assertThat(receivedIds()).containsExactly("ch_1");
        assertThat(logs.split("answered without a Date header", -1)).hasSize(2);
        assertThat(logs).contains("GET /v1/charges answered without a Date header (Stripe always sends one):"
                                  + " settleTime and startFrom=now use this host's clock instead of Stripe's");
    }
}
