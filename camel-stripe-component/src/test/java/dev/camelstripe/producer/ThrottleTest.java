package dev.camelstripe.producer;

import java.util.Map;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.StripeThrottleException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

/** The connection's throttle counts producer calls too. */
class ThrottleTest extends ProducerTestSupport {

    @Test
    void theThirdCallInThePeriodIsRefusedWithoutBeingSent() {
        stripe.stubFor(get("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_1")));
        String uri = "stripe:getCustomer?rateLimit=2&rateLimitPeriod=60s&rateLimitMaxWait=0";
        Map<String, Object> id = Map.of(StripeConstants.OBJECT_ID, "cus_NffrFeUfNV2Hib");

        assertThat(send(uri, null, id).getException()).isNull();
        assertThat(send(uri, null, id).getException()).isNull();
        Exchange third = send(uri, null, id);

        assertThat(third.getException()).isInstanceOf(StripeThrottleException.class);
        stripe.verify(2, anyRequestedFor(anyUrl()));
    }
}
