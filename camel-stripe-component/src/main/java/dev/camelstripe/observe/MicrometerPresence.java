package dev.camelstripe.observe;

/** Whether Micrometer can be loaded, asked without loading any class that names it. */
final class MicrometerPresence {

    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    private MicrometerPresence() {
    }

    static boolean onClasspath(ClassLoader loader) {
        try {
            Class.forName(METER_REGISTRY, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
