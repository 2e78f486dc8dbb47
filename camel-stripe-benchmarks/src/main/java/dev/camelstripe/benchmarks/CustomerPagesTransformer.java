package dev.camelstripe.benchmarks;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;

/**
 * Answers GET /v1/customers from a {@link VirtualCustomers} list whose size is the stub's {@code size} transformer
 * parameter, validating {@code limit}, {@code starting_after} and {@code ending_before} as Stripe does and filtering on
 * {@code created[gt|gte|lt|lte]}. Every answer carries a {@code Date} header, as Stripe's do, and every list call is
 * counted.
 */
final class CustomerPagesTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "virtual-customer-pages";
    static final String SIZE = "size";

    private final AtomicLong listCalls = new AtomicLong();
    /** How long each page's answer is held back, as Stripe takes time to answer; 0 answers at once. */
    private volatile int answerMillis;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    void answerTime(Duration time) {
        answerMillis = Math.toIntExact(time.toMillis());
    }

    /** GET /v1/customers calls answered so far. */
    long listCalls() {
        return listCalls.get();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        listCalls.incrementAndGet();
        VirtualCustomers customers = new VirtualCustomers(serveEvent.getTransformerParameters().getInt(SIZE));
        Request request = serveEvent.getRequest();
        String limitText = param(request, "limit");
        String startingAfter = param(request, "starting_after");
        String endingBefore = param(request, "ending_before");
        int limit;
        try {
            limit = limitText == null ? 10 : Integer.parseInt(limitText);
        } catch (NumberFormatException notANumber) {
            return error("Invalid integer: " + limitText, "limit");
        }
        if (limit < 1 || limit > 100) {
            return error("This value must be between 1 and 100 (it currently is " + limit + ").", "limit");
        }
        if (startingAfter != null && endingBefore != null) {
            return error("You may only specify one of these parameters: ending_before, starting_after.", null);
        }
        int after = customers.indexOf(startingAfter);
        int before = customers.indexOf(endingBefore);
        if (startingAfter != null && after < 0) {
            return missing(startingAfter, "starting_after");
        }
        if (endingBefore != null && before < 0) {
            return missing(endingBefore, "ending_before");
        }
        int from = 0;
        int to = customers.size();
        try {
            Long lt = longParam(request, "created[lt]");
            Long lte = longParam(request, "created[lte]");
            Long gt = longParam(request, "created[gt]");
            Long gte = longParam(request, "created[gte]");
            // index i was created at NEWEST - i: an upper time bound raises the lowest index, a lower one caps the top
            from = lt != null ? Math.max(from, customers.indexAtOrBefore(lt - 1)) : from;
            from = lte != null ? Math.max(from, customers.indexAtOrBefore(lte)) : from;
            to = gt != null ? Math.min(to, customers.indexAtOrBefore(gt)) : to;
            to = gte != null ? Math.min(to, customers.indexAtOrBefore(gte - 1)) : to;
        } catch (NumberFormatException notANumber) {
            return error("Invalid timestamp: " + notANumber.getMessage(), "created");
        }
        ResponseDefinitionBuilder page = jsonResponse(render(customers.page(limit, after, before, from, to)), 200)
                .withHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        return (answerMillis > 0 ? page.withFixedDelay(answerMillis) : page).build();
    }

    private static Long longParam(Request request, String name) {
        String value = param(request, name);
        return value == null ? null : Long.parseLong(value);
    }

    private static String render(VirtualCustomers.Page page) {
        StringBuilder json = new StringBuilder(64 + (page.to() - page.from()) * (CustomerJson.approximateLength() + 2));
        json.append("{\"object\":\"list\",\"url\":\"/v1/customers\",\"has_more\":").append(page.hasMore())
                .append(",\"data\":[");
        for (int index = page.from(); index < page.to(); index++) {
            if (index > page.from()) {
                json.append(',');
            }
            CustomerJson.append(json, VirtualCustomers.idOf(index), VirtualCustomers.createdOf(index));
        }
        return json.append("]}").toString();
    }

    private static String param(Request request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : null;
    }

    private static ResponseDefinition missing(String id, String param) {
        return jsonResponse("{\"error\":{\"code\":\"resource_missing\",\"message\":\"No such customer: '" + id
                            + "'\",\"param\":\"" + param + "\",\"type\":\"invalid_request_error\"}}", 404).build();
    }

    private static ResponseDefinition error(String message, String param) {
        return jsonResponse("{\"error\":{\"message\":\"" + message + "\"" + (param == null ? "" : ",\"param\":\"" + param + "\"")
                            + ",\"type\":\"invalid_request_error\"}}", 400).build();
    }
}
