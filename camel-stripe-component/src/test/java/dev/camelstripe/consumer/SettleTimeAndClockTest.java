package dev.camelstripe.consumer;

import java.time.Duration;
import java.time.Instant;

import dev.camelstripe.StripeComponent;
import dev.camelstripe.test.LogCapture;
import dev.camelstripe.test.TestClock;
import org.junit.jupiter.api.Test;

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
     * Stripe's {@code created} is a whole second and so is its {@code Date} header (RFC 9110's IMF-fixdate): an object
     * of second c was created up to a second after c. Counted from c, a Date of c + 60 is only 59.1 s after ch_2 was
     * made; Stripe lists it 59.5 s late, behind ch_1 of the same second, and a cursor already at ch_1 would never see
     * it. The settle time counts from the end of the creation second instead.
     */
    @Test
    void theSettleTimeCountsFromTheEndOfTheCreationSecondSoAnObjectListedJustUnderItLateIsDelivered()
            throws Exception {
        route("newCharges", "startFrom=beginning");
        fake.add(CHARGES, "ch_1", STARTED_AT); // made at STARTED_AT + 0.0
        clock.set(at(STARTED_AT + 60, 200)); // Date: STARTED_AT + 60

        consumer().run();
        assertThat(received).as("second STARTED_AT ended only 59.2 s ago").isEmpty();

        clock.set(at(STARTED_AT + 60, 400));
        fake.addLate(CHARGES, "ch_2", STARTED_AT); // made at STARTED_AT + 0.9, listed 59.5 s later, behind ch_1
        clock.set(at(STARTED_AT + 61, 100));
        consumer().run();
        poll();

        assertThat(receivedIds()).containsExactlyInAnyOrder("ch_1", "ch_2").hasSize(2);
    }

    /** A settle time under a second is not rounded down to none: it waits for the whole creation second, and more. */
    @Test
    void aSettleTimeUnderASecondIsRoundedUpNotDown() throws Exception {
        route("newCharges", "startFrom=beginning&settleTime=500");
        fake.add(CHARGES, "ch_1", STARTED_AT);
        clock.set(at(STARTED_AT + 1, 100)); // 0.1 s after the creation second ended

        consumer().run();
        assertThat(received).isEmpty();

        clock.set(at(STARTED_AT + 1, 300));
        fake.addLate(CHARGES, "ch_2", STARTED_AT); // made at STARTED_AT + 0.9, listed 0.4 s later, behind ch_1
        clock.set(at(STARTED_AT + 2, 500));
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

    static Instant at(long second, int millis) {
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
