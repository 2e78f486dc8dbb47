package dev.camelstripe.examples.quarkus;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sandbox's Stripe API as another Stripe client (the Dashboard, a shop) uses it: how a test makes objects
 * appear and reads what the application did to them, without going through the application.
 */
final class SandboxApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk_test_another_client_of_the_same_account";

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    SandboxApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** POSTs form parameters, e.g. {@code post("/v1/customers", Map.of("email", "jo@example.com"))}. */
    Map<String, Object> post(String path, Map<String, String> params) {
        String form = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    Map<String, Object> get(String path) {
        return send(request(path).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + KEY);
    }

    private Map<String, Object> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                                                + response.statusCode() + ": " + response.body());
            }
            return JSON.readValue(response.body(), new TypeReference<>() { });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
