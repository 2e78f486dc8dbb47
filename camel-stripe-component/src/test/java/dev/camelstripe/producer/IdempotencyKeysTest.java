package dev.camelstripe.producer;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyKeysTest {

    static final String KEY = "camel-[0-9a-f]{32}-[0-9a-f]+";

    @Test
    void everyKeyOfAProcessIsNew() {
        IdempotencyKeys keys = new IdempotencyKeys(new Random(7));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(keys.next())).isTrue();
        }
        assertThat(seen).allMatch(key -> key.matches(KEY) && key.length() <= IdempotencyKeys.MAX_LENGTH);
    }

    @Test
    void aRestartedProcessNeverRepeatsTheKeysOfTheLastOne() {
        // both "processes" make their first, second, … key: only the random part drawn at start tells them apart
        IdempotencyKeys before = new IdempotencyKeys(new Random(1));
        IdempotencyKeys after = new IdempotencyKeys(new Random(2));

        String first = before.next();
        String again = after.next();

        assertThat(first).matches(KEY).endsWith("-1");
        assertThat(again).matches(KEY).endsWith("-1").isNotEqualTo(first);
    }

    @Test
    void thisProcessDrawsItsRandomPartFromSecureRandomOnce() {
        String one = IdempotencyKeys.ofThisProcess().next();
        String two = IdempotencyKeys.ofThisProcess().next();

        assertThat(one).matches(KEY);
        assertThat(two.substring(0, 38)).isEqualTo(one.substring(0, 38)); // "camel-" and the 32 hex digits
        assertThat(two).isNotEqualTo(one);
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndAnyDifferenceAnother() {
        String call = IdempotencyKeys.fingerprint("POST", "/v1/customers", "email=a");

        assertThat(IdempotencyKeys.fingerprint("POST", "/v1/customers", "email=a")).isEqualTo(call).hasSize(64);
        assertThat(IdempotencyKeys.fingerprint("GET", "/v1/customers", "email=a")).isNotEqualTo(call);
        assertThat(IdempotencyKeys.fingerprint("POST", "/v1/customers/x", "email=a")).isNotEqualTo(call);
        assertThat(IdempotencyKeys.fingerprint("POST", "/v1/customers", "email=b")).isNotEqualTo(call);
        // parts cannot slide into each other
        assertThat(IdempotencyKeys.fingerprint("POST", "/v1/customersemail=a", "")).isNotEqualTo(call);
    }
}
