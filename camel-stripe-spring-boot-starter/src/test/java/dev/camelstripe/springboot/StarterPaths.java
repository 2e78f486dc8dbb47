package dev.camelstripe.springboot;

import java.nio.file.Path;

/** Where the starter module and the component's metadata are, from Maven's {@code basedir}. */
final class StarterPaths {

    private StarterPaths() {
    }

    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    /** The component's metadata as the build regenerates it (the lead's regeneration reads it from here). */
    static Path componentJson() {
        return moduleDir().resolveSibling("camel-stripe-component")
                .resolve("src/generated/resources/META-INF/dev/camelstripe/stripe.json");
    }
}
