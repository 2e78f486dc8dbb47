package dev.camelstripe.producer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyKeysTest {

    @Test
    void theSameCallGivesTheSameKey() {
        assertThat(IdempotencyKeys.derive("ex-1", "createCustomer", "/v1/customers", "email=a"))
                .isEqualTo(IdempotencyKeys.derive("ex-1", "createCustomer", "/v1/customers", "email=a"))
                .matches("camel-[0-9a-f]{64}").hasSize(70);
    }

    @Test
    void anyDifferenceGivesAnotherKey() {
        String key = IdempotencyKeys.derive("ex-1", "createCustomer", "/v1/customers", "email=a");

        assertThat(IdempotencyKeys.derive("ex-2", "createCustomer", "/v1/customers", "email=a")).isNotEqualTo(key);
        assertThat(IdempotencyKeys.derive("ex-1", "updateCustomer", "/v1/customers", "email=a")).isNotEqualTo(key);
        assertThat(IdempotencyKeys.derive("ex-1", "createCustomer", "/v1/customers/x", "email=a")).isNotEqualTo(key);
        assertThat(IdempotencyKeys.derive("ex-1", "createCustomer", "/v1/customers", "email=b")).isNotEqualTo(key);
        // parts cannot slide into each other
        assertThat(IdempotencyKeys.derive("ex-1c", "reateCustomer", "/v1/customers", "email=a")).isNotEqualTo(key);
    }
}
