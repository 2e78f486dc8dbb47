package dev.camelstripe.examples.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A minimal Stripe client over java.net.http for the sandbox tests: form bodies out, parsed JSON back. */
final class SandboxClient {

    static final String KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One response: status, headers and the parsed JSON body. */
    record Reply(int status, HttpHeaders headers, String body, Map<String, Object> json) {

        @SuppressWarnings("unchecked")
        Map<String, Object> error() {
            return (Map<String, Object>) json.get("error");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> data() {
            return (List<Map<String, Object>>) json.get("data");
        }

        List<Object> ids() {
            return data().stream().map(o -> o.get("id")).toList();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String id() {
            return (String) json.get("id");
        }
    }

    private final String baseUrl;

    SandboxClient(StripeSandbox sandbox) {
        this.baseUrl = sandbox.baseUrl();
    }

    Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, "Authorization", "Bearer " + KEY);
    }

    /** {@code GET <path>?query=<query, URL-encoded><more>}. */
    Reply search(String path, String query, String more) {
        return get(path + "?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)
                + more);
    }

    Reply post(String path, String form) {
        return send("POST", path, form, "Authorization", "Bearer " + KEY);
    }

    Reply postIdempotent(String path, String form, String apiKey, String idempotencyKey) {
        return send("POST", path, form, "Authorization", "Bearer " + apiKey, "Idempotency-Key", idempotencyKey);
    }

    Reply delete(String path) {
        return send("DELETE", path, null, "Authorization", "Bearer " + KEY);
    }

    /** Any request; {@code headers} alternates names and values. */
    Reply send(String method, String path, String form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(form));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body(),
                    JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {
                    }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
