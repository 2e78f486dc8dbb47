package dev.camelstripe.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * A stateful Stripe list API for one WireMock server: per list path it keeps objects in creation order and serves
 * newest-first pages exactly as Stripe does ({@code limit}, {@code starting_after}, {@code ending_before},
 * {@code created[gte]}, {@code has_more}, 400 {@code resource_missing} for a cursor that no longer exists). A test adds
 * and deletes objects, makes a change happen just before the n-th list request (a page that changes between two
 * requests), and injects an {@link ApiFault} into a run of list requests. Every request is recorded with what was
 * served.
 */
final class StripeListServer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "stripe-list";

    /** One list request and what it got. */
    record Served(int number, String path, String query, ApiFault fault, List<String> ids, boolean hasMore) {
    }

    private record Item(String id, long created, String json) {
    }

    private final Map<String, List<Item>> lists = new HashMap<>();
    private final Map<Integer, Runnable> beforeRequest = new HashMap<>();
    private final List<Served> served = new CopyOnWriteArrayList<>();
    private int requests;
    private int faultFrom;
    private int faultCount;
    private ApiFault fault;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    synchronized void reset() {
        lists.clear();
        beforeRequest.clear();
        served.clear();
        requests = 0;
        fault = null;
        faultCount = 0;
    }

    /** Appends an object at the newest end of its list. */
    synchronized void add(String path, String id, long created, String json) {
        lists.computeIfAbsent(path, p -> new ArrayList<>()).add(new Item(id, created, json));
    }

    synchronized void delete(String path, String id) {
        lists.getOrDefault(path, new ArrayList<>()).removeIf(item -> item.id().equals(id));
    }

    /** Runs a change just before the n-th list request (1-based) is answered. */
    synchronized void beforeRequest(int number, Runnable change) {
        beforeRequest.put(number, change);
    }

    /** Answers list requests {@code from} .. {@code from + count - 1} (1-based) with the fault. */
    synchronized void fail(int from, int count, ApiFault fault) {
        this.faultFrom = from;
        this.faultCount = count;
        this.fault = fault;
    }

    List<Served> served() {
        return List.copyOf(served);
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        int number = ++requests;
        Runnable change = beforeRequest.remove(number);
        if (change != null) {
            change.run();
        }
        String path = request.getUrl().contains("?") ? request.getUrl().substring(0, request.getUrl().indexOf('?'))
                : request.getUrl();
        String query = request.getUrl().length() > path.length() ? request.getUrl().substring(path.length() + 1) : "";
        if (fault != null && number >= faultFrom && number < faultFrom + faultCount) {
            served.add(new Served(number, path, query, fault, List.of(), false));
            return fault.response(ApiFault.requestIdFor(fault) + "_" + number).build();
        }

        List<Item> newestFirst = new ArrayList<>(lists.getOrDefault(path, List.of()));
        java.util.Collections.reverse(newestFirst);
        String gte = param(request, "created[gte]");
        if (gte != null) {
            long from = Long.parseLong(gte);
            newestFirst.removeIf(item -> item.created() < from);
        }
        int limit = param(request, "limit") == null ? 10 : Integer.parseInt(param(request, "limit"));
        String startingAfter = param(request, "starting_after");
        String endingBefore = param(request, "ending_before");
        List<Item> page;
        boolean hasMore;
        if (startingAfter != null || endingBefore != null) {
            String cursor = startingAfter != null ? startingAfter : endingBefore;
            int at = indexOf(newestFirst, cursor);
            if (at < 0 && !exists(path, cursor)) {
                served.add(new Served(number, path, query, null, List.of(), false));
                return missingCursor(startingAfter != null ? "starting_after" : "ending_before", cursor, number);
            }
            if (at < 0) { // exists but filtered out by created[gte]: nothing on that side
                at = startingAfter != null ? newestFirst.size() : 0;
            }
            if (startingAfter != null) {
                List<Item> older = newestFirst.subList(Math.min(at + 1, newestFirst.size()), newestFirst.size());
                page = older.subList(0, Math.min(limit, older.size()));
                hasMore = older.size() > limit;
            } else {
                List<Item> newer = newestFirst.subList(0, at);
                page = newer.subList(Math.max(0, newer.size() - limit), newer.size());
                hasMore = newer.size() > limit;
            }
        } else {
            page = newestFirst.subList(0, Math.min(limit, newestFirst.size()));
            hasMore = newestFirst.size() > limit;
        }
        List<String> ids = page.stream().map(Item::id).toList();
        served.add(new Served(number, path, query, null, ids, hasMore));
        StringBuilder body = new StringBuilder("{\"object\":\"list\",\"url\":\"").append(path).append("\",\"has_more\":")
                .append(hasMore).append(",\"data\":[");
        for (int i = 0; i < page.size(); i++) {
            body.append(i == 0 ? "" : ",").append(page.get(i).json());
        }
        body.append("]}");
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_list_" + number).withBody(body.toString()).build();
    }

    private boolean exists(String path, String id) {
        return indexOf(lists.getOrDefault(path, List.of()), id) >= 0;
    }

    private static int indexOf(List<Item> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String param(Request request, String name) {
        QueryParameter value = request.queryParameter(name);
        return value == null || !value.isPresent() ? null : value.firstValue();
    }

    private static ResponseDefinition missingCursor(String param, String id, int number) {
        return aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_list_" + number)
                .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\",\"param\":\""
                          + param + "\",\"message\":\"No such object: '" + id + "'\"}}")
                .build();
    }
}
