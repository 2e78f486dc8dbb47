package dev.camelstripe.springboot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's option-specific files are exactly what {@link StarterSources} renders from the component's
 * {@code stripe.json}, so an option added to the component cannot silently miss the starter. To regenerate them:
 * {@value #REGENERATE}.
 */
class StarterSourcesTest {

    static final String REGENERATE = "mvn -B -q test -pl camel-stripe-spring-boot-starter -am -Dtest=StarterSourcesTest"
                                     + " -Dsurefire.failIfNoSpecifiedTests=false -Dstarter.regenerate=true";

    @Test
    void committedFilesAreWhatTheComponentMetadataGenerates() throws Exception {
        Map<String, String> files = StarterSources.of(StarterPaths.componentJson()).files();
        boolean regenerate = Boolean.getBoolean("starter.regenerate");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = StarterPaths.moduleDir().resolve(file.getKey());
            if (regenerate) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            assertThat(StarterSources.read(path))
                    .as(file.getKey() + " differs from what stripe.json generates; regenerate with: " + REGENERATE)
                    .isEqualTo(file.getValue());
        }
    }
}
