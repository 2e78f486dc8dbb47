package dev.camelstripe.test;

import java.lang.management.ManagementFactory;
import java.util.List;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.CamelContext;
import org.apache.camel.util.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer's JMX attributes against the dev console's figures of the same names: the two must not drift. */
public final class ConsumerAttributes {

    private ConsumerAttributes() {
    }

    /**
     * Asserts that the one consumer MBean of the context that has {@code marker} as an attribute holds, for each
     * figure, what the console's JSON holds ({@code lagSeconds} is read as attribute {@code LagSeconds}).
     */
    public static void assertSameAsConsole(CamelContext context, String marker, JsonObject console,
                                           List<String> figures) throws Exception {
        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        List<ObjectName> consumers = mbeans.queryNames(new ObjectName("org.apache.camel:context="
                                                                      + context.getName() + ",type=consumers,*"), null)
                .stream().filter(name -> has(mbeans, name, marker)).toList();
        assertThat(consumers).as("consumers with attribute " + marker).hasSize(1);
        for (String figure : figures) {
            String attribute = Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
            assertThat(mbeans.getAttribute(consumers.get(0), attribute)).as(attribute).isEqualTo(console.get(figure));
        }
    }

    private static boolean has(MBeanServer mbeans, ObjectName name, String attribute) {
        try {
            mbeans.getAttribute(name, attribute);
            return true;
        } catch (Exception notThisConsumer) {
            return false;
        }
    }
}
