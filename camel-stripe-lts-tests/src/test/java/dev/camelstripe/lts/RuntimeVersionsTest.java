package dev.camelstripe.lts;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.VersionInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite beside this test runs on the low end of the supported range, not on whatever the parent manages. */
class RuntimeVersionsTest {

    @Test
    void camel418AndHttpClient55() {
        assertThat(new DefaultCamelContext().getVersion()).startsWith("4.18.");
        assertThat(VersionInfo.loadVersionInfo("org.apache.hc.client5", HttpClients.class.getClassLoader())
                .getRelease()).startsWith("5.5.");
    }
}
