package dev.camelstripe.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * Stripe's list API as a stateful WireMock transformer: in-memory lists of charges, customers, invoice items and
 * orders, served newest first in {@link ListPage}s, each answer with a {@code Date} header from the fake's clock
 * (Stripe's clock; the system clock unless the test gives one). So that a test can make paging go wrong on purpose,
 * it can change the lists just before the n-th request, make an object show up late (inserted by its creation time,
 * behind objects already listed), answer a run of requests with a fault of its choosing (a Stripe error or a broken
 * connection) instead of the page, and read back every request with what it got. Register it with
 * {@code extensions(...)}; it answers every stubbed request of its server (it applies globally), so stub only the
 * list paths, with any response. {@link #answer} serves a request without HTTP, for unit tests.
 */
public final class FakeStripeLists implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-stripe-lists";
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TYPES = Map.of("/v1/charges", "charge", "/v1/customers", "customer",
            "/v1/invoiceitems", "invoiceitem", "/v1/orders", "order", "/v1/events", "event");

    /** One request, numbered from 1: the fault it got instead of a page, or the ids and has_more of its page. */
    public record Served(int number, String path, String query, String fault, List<String> ids, boolean hasMore) {
        /** The request as path?query, decoded. */
        public String url() {
            return query.isEmpty() ? path : path + "?" + query;
        }
    }

    private record Injected(String name, IntFunction<ResponseDefinitionBuilder> answer) {
    }

    /**
     * What one request got: a page or a Stripe error as JSON, with Stripe's clock, or an injected fault.
     *
     * @param number the request's number, from 1
     * @param fault  the injected answer instead of the page, or null
     */
    public record Answer(int number, int status, ObjectNode body, Instant date, ResponseDefinitionBuilder fault) {
    }

    private final Map<String, List<ObjectNode>> newestFirst = new HashMap<>();
    private final Set<String> removedApis = new HashSet<>();
    private final Map<Integer, Runnable> beforeRequest = new HashMap<>();
    private final Map<Integer, Injected> faults = new HashMap<>();
    private final List<Served> served = new CopyOnWriteArrayList<>();
    private int cursorMissingStatus = 404;
    private Clock clock = Clock.systemUTC();

    @Override
    public String getName() {
        return NAME;
    }

    /** Back to empty lists, no plans, no requests, the default cursor-missing status and the system clock. */
    public synchronized void reset() {
        newestFirst.clear();
        removedApis.clear();
        beforeRequest.clear();
        faults.clear();
        served.clear();
        cursorMissingStatus = 404;
        clock = Clock.systemUTC();
    }

    /** Stripe's clock, sent as the Date header of every page; null sends no Date header, as some emulators do. */
    public synchronized void clock(Clock stripeClock) {
        clock = stripeClock;
    }

    /** Adds a bare object of the list's type at the newest end of a list ({@code /v1/charges} …). */
    public synchronized ObjectNode add(String path, String id, long created) {
        ObjectNode object = JSON.createObjectNode();
        object.put("id", id);
        object.put("object", TYPES.get(path));
        object.put("invoiceitem".equals(TYPES.get(path)) ? "date" : "created", created);
        return add(path, object);
    }

    /** Adds an object as JSON at the newest end; its {@code id} and {@code created} (or {@code date}) place it. */
    public synchronized ObjectNode add(String path, String json) {
        try {
            return add(path, (ObjectNode) JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + json, e);
        }
    }

    public synchronized ObjectNode add(String path, ObjectNode object) {
        newestFirst.computeIfAbsent(path, p -> new ArrayList<>()).add(0, object);
        return object;
    }

    /**
     * An object that Stripe lists late: it appears now, in its place by creation time (behind the objects created in
     * the same second or later), although newer objects were listed before.
     */
    public synchronized ObjectNode addLate(String path, String id, long created) {
        ObjectNode object = add(path, id, created);
        List<ObjectNode> list = newestFirst.get(path);
        list.remove(0);
        int at = 0;
        while (at < list.size() && ListPage.created(list.get(at)) >= created) {
            at++;
        }
        list.add(at, object);
        return object;
    }

    public synchronized void delete(String path, String id) {
        newestFirst.getOrDefault(path, new ArrayList<>()).removeIf(o -> o.get("id").asText().equals(id));
    }

    /** From now on the path answers 404 "Unrecognized request URL", as a removed API (the legacy Orders) does. */
    public synchronized void removeApi(String path) {
        removedApis.add(path);
    }

    /** The status of resource_missing for a cursor not in the list: 404 by default; the consumer copes with 400 too. */
    public synchronized void cursorMissingStatus(int status) {
        cursorMissingStatus = status;
    }

    /** Runs {@code change} just before request {@code number} (1-based) is answered, to change a list mid-paging. */
    public synchronized void beforeRequest(int number, Runnable change) {
        beforeRequest.put(number, change);
    }

    /**
     * Answers requests {@code from} .. {@code from + count - 1} (1-based) with {@code answer(requestNumber)} instead
     * of a page; {@code fault} names it in {@link #served()}. The answer may be a status or a wire fault.
     */
    public synchronized void fail(int from, int count, String fault, IntFunction<ResponseDefinitionBuilder> answer) {
        for (int number = from; number < from + count; number++) {
            faults.put(number, new Injected(fault, answer));
        }
    }

    /** The next {@code times} requests (counting the one being answered, when called from a change) get this error. */
    public synchronized void failNext(int status, String type, String code, int times) {
        fail(served.size() + 1, times, "HTTP " + status,
                n -> stripeError(status, n, type, code, null, "injected " + status));
    }

    /** The next request answers that its cursor ({@code starting_after} or {@code ending_before}) does not exist. */
    public synchronized void cursorMissingNext(String param) {
        fail(served.size() + 1, 1, "resource_missing",
                n -> stripeError(cursorMissingStatus, n, "invalid_request_error", "resource_missing", param,
                        "No such object"));
    }

    /** Every request so far, in order, with what it got. */
    public synchronized List<Served> served() {
        return List.copyOf(served);
    }

    /** Every request so far as path?query, decoded. */
    public List<String> calls() {
        return served().stream().map(Served::url).toList();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        if (!RequestMethod.GET.equals(event.getRequest().getMethod())) {
            return event.getResponseDefinition(); // lists only: other calls are the test's own stubs
        }
        String url = URLDecoder.decode(event.getRequest().getUrl(), StandardCharsets.UTF_8);
        int q = url.indexOf('?');
        Answer answer = answer(q < 0 ? url : url.substring(0, q), q < 0 ? "" : url.substring(q + 1));
        if (answer.fault() != null) {
            return answer.fault().build();
        }
        ResponseDefinitionBuilder response = aResponse().withStatus(answer.status())
                .withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_" + answer.number()).withBody(answer.body().toString());
        return (answer.date() == null ? response
                : response.withHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        answer.date().atZone(ZoneOffset.UTC)))).build();
    }

    /** Serves one list request (path, decoded query), as the HTTP transformer does, and records it. */
    public synchronized Answer answer(String path, String query) {
        int number = served.size() + 1;
        Runnable change = beforeRequest.remove(number);
        if (change != null) {
            change.run();
        }
        Injected fault = faults.remove(number);
        if (fault != null) {
            served.add(new Served(number, path, query, fault.name(), List.of(), false));
            return new Answer(number, 0, null, null, fault.answer().apply(number));
        }
        boolean unknownApi = !TYPES.containsKey(path) || removedApis.contains(path);
        Map<String, String> params = params(query);
        ListPage page = unknownApi ? null : ListPage.cut(visible(path, params), params);
        served.add(new Served(number, path, query, null, page == null ? List.of() : page.ids(),
                page != null && page.hasMore()));
        if (unknownApi) {
            return new Answer(number, 404, errorBody("invalid_request_error", null, null,
                    "Unrecognized request URL (GET: " + path + ")."), null, null);
        }
        if (page == null) {
            String param = ListPage.cursorParam(params);
            return new Answer(number, cursorMissingStatus, errorBody("invalid_request_error", "resource_missing", param,
                    "No such " + TYPES.get(path) + ": '" + params.get(param) + "'"), null, null);
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("object", "list");
        body.putArray("data").addAll(page.data());
        body.put("has_more", page.hasMore());
        body.put("url", path);
        return new Answer(number, 200, body, clock == null ? null : clock.instant(), null);
    }

    /**
     * The list as Stripe shows it to this request: customers of a test clock only when test_clock is given (Stripe:
     * "The response will not include customers with test clocks if this parameter is not set").
     */
    private List<ObjectNode> visible(String path, Map<String, String> params) {
        List<ObjectNode> all = newestFirst.getOrDefault(path, List.of());
        if (!path.equals("/v1/customers") || params.containsKey("test_clock")) {
            return all;
        }
        return all.stream().filter(customer -> !customer.hasNonNull("test_clock")).toList();
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return params;
    }

    /** An error as Stripe writes it, with Request-Id {@code req_<number>}. */
    private static ResponseDefinitionBuilder stripeError(int status, int number, String type, String code,
                                                         String param, String message) {
        ResponseDefinitionBuilder answer = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_" + number).withBody(errorBody(type, code, param, message).toString());
        // as Stripe does: a lock is worth retrying, and the official SDKs retry a 429 only when told so
        return "lock_timeout".equals(code) ? answer.withHeader("Stripe-Should-Retry", "true") : answer;
    }

    private static ObjectNode errorBody(String type, String code, String param, String message) {
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
        return body;
    }
}
