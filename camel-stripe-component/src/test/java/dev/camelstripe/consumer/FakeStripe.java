package dev.camelstripe.consumer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * A stateful Stripe list server for WireMock: in-memory lists, newest first, answering {@code GET /v1/<list>} with
 * {@code limit}, {@code starting_after}, {@code ending_before}, {@code created[gte]} and {@code has_more} as Stripe
 * does. Tests add and delete objects, run code before the n-th list call (to change the list during paging) and queue
 * error answers.
 */
final class FakeStripe implements ResponseDefinitionTransformerV2 {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TYPES = Map.of("/v1/charges", "charge", "/v1/customers", "customer",
            "/v1/invoiceitems", "invoiceitem", "/v1/orders", "order");

    private final Map<String, List<ObjectNode>> lists = new HashMap<>();
    private final Deque<ResponseDefinition> errors = new ArrayDeque<>();
    private final Map<Integer, Consumer<FakeStripe>> beforeCall = new HashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private boolean ordersRemoved;
    private int cursorMissingStatus = 404;

    @Override
    public String getName() {
        return "fake-stripe";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    /** Adds an object at the newest end of a list ({@code /v1/charges} …), created at {@code created}. */
    synchronized ObjectNode add(String path, String id, long created) {
        ObjectNode object = JSON.createObjectNode();
        object.put("id", id);
        object.put("object", TYPES.get(path));
        object.put("invoiceitem".equals(TYPES.get(path)) ? "date" : "created", created);
        return addJson(path, object);
    }

    synchronized ObjectNode addJson(String path, ObjectNode object) {
        lists.computeIfAbsent(path, p -> new ArrayList<>()).add(0, object);
        return object;
    }

    synchronized void delete(String path, String id) {
        lists.get(path).removeIf(o -> o.get("id").asText().equals(id));
    }

    /** The next calls answer these errors, one each, before any list is served. */
    synchronized void failNext(int status, String type, String code, int times) {
        for (int i = 0; i < times; i++) {
            errors.add(error(status, type, code, null, "injected " + status));
        }
    }

    /** The next call answers that its cursor ({@code starting_after} or {@code ending_before}) does not exist. */
    synchronized void cursorMissingNext(String param) {
        errors.add(error(404, "invalid_request_error", "resource_missing", param, "No such object"));
    }

    /** Runs {@code action} just before the {@code n}-th call (1-based) is answered. */
    synchronized void beforeCall(int n, Consumer<FakeStripe> action) {
        beforeCall.put(n, action);
    }

    /** The status of a resource_missing answer for a cursor that does not exist (404 by default). */
    synchronized void cursorMissingStatus(int status) {
        cursorMissingStatus = status;
    }

    synchronized void removeOrdersApi() {
        ordersRemoved = true;
    }

    /** Every call so far, as path?query, decoded. */
    List<String> calls() {
        return calls;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        String url = URLDecoder.decode(event.getRequest().getUrl(), StandardCharsets.UTF_8);
        calls.add(url);
        Consumer<FakeStripe> action = beforeCall.remove(calls.size());
        if (action != null) {
            action.accept(this);
        }
        if (!errors.isEmpty()) {
            return errors.poll();
        }
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        Map<String, String> query = new LinkedHashMap<>();
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                query.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        if (ordersRemoved && path.equals("/v1/orders") || !TYPES.containsKey(path)) {
            return error(404, "invalid_request_error", null, null, "Unrecognized request URL (GET: " + path + ").");
        }
        List<ObjectNode> all = lists.getOrDefault(path, List.of());
        int limit = Integer.parseInt(query.getOrDefault("limit", "10"));
        Long gte = query.containsKey("created[gte]") ? Long.parseLong(query.get("created[gte]")) : null;
        List<ObjectNode> candidates;
        boolean fromEnd = false;
        if (query.containsKey("starting_after") || query.containsKey("ending_before")) {
            String param = query.containsKey("starting_after") ? "starting_after" : "ending_before";
            String cursor = query.get(param);
            int at = indexOf(all, cursor);
            if (at < 0) {
                return error(cursorMissingStatus, "invalid_request_error", "resource_missing", param,
                        "No such " + TYPES.get(path) + ": '" + cursor + "'");
            }
            candidates = param.equals("starting_after") ? all.subList(at + 1, all.size()) : all.subList(0, at);
            fromEnd = param.equals("ending_before");
        } else {
            candidates = all;
        }
        List<ObjectNode> matching = candidates.stream().filter(o -> gte == null || created(o) >= gte).toList();
        List<ObjectNode> page = fromEnd
                ? matching.subList(Math.max(0, matching.size() - limit), matching.size())
                : matching.subList(0, Math.min(limit, matching.size()));
        ObjectNode body = JSON.createObjectNode();
        body.put("object", "list");
        ArrayNode data = body.putArray("data");
        page.forEach(data::add);
        body.put("has_more", matching.size() > page.size());
        body.put("url", path);
        return responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_" + calls.size()).withBody(body.toString()).build();
    }

    private static int indexOf(List<ObjectNode> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static long created(ObjectNode object) {
        return object.has("created") ? object.get("created").asLong() : object.get("date").asLong();
    }

    private ResponseDefinition error(int status, String type, String code, String param, String message) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("type", type);
        if (code != null) {
            error.put("code", code);
        }
        if (param != null) {
            error.put("param", param);
        }
        error.put("message", message);
        return responseDefinition().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_" + calls.size()).withBody(body.toString()).build();
    }
}
