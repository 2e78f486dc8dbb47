package dev.camelstripe.examples.quarkus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The project's Stripe sandbox on a free port, behind a WireMock proxy that records every request, so that a test
 * sees both the exact requests the application sent and, over the sandbox's API, what they did. Points the
 * application at the proxy.
 *
 * <p>The sandbox is loaded from the examples module's classes in a class loader of its own: on this application's
 * class path, that module's application.properties and route classes would become this application's too.
 */
public class StripeSandboxResource implements QuarkusTestResourceLifecycleManager {

    static final Path LOG_FILE = Path.of("target/quarkus-test.log");

    private URLClassLoader sandboxLoader;
    private AutoCloseable sandbox;
    private WireMockServer recorder;

    @Override
    public Map<String, String> start() {
        try {
            Files.deleteIfExists(LOG_FILE); // the log the tests read holds this run only
            Path classes = Path.of(System.getProperty("stripe.sandbox.classes"));
            sandboxLoader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
            sandbox = (AutoCloseable) sandboxLoader.loadClass("dev.camelstripe.examples.sandbox.StripeSandbox")
                    .getMethod("start").invoke(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot start the Stripe sandbox of camel-stripe-examples", e);
        }
        recorder = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        recorder.start();
        recorder.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(sandboxBaseUrl())));
        return Map.of("camel.component.stripe.api-base", recorder.baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(new SandboxApi(sandboxBaseUrl()), new TestInjector.MatchesType(SandboxApi.class));
        injector.injectIntoFields(recorder, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (recorder != null) {
            recorder.stop();
        }
        try (URLClassLoader loader = sandboxLoader; AutoCloseable running = sandbox) {
            // closed in reverse order: the sandbox, then its class loader
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the Stripe sandbox", e);
        }
    }

    private String sandboxBaseUrl() {
        try {
            return (String) sandbox.getClass().getMethod("baseUrl").invoke(sandbox);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
