package dev.camelstripe.consumer;

import dev.camelstripe.client.LegacyOrdersApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.camelstripe.client.StripeApiException;
import dev.camelstripe.client.StripeClient;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.client.StripeResponse;
import dev.camelstripe.model.StripeList;
import dev.camelstripe.model.StripeObject;

/**
 * A trigger's list read through the endpoint's {@link StripeClient}: the trigger's path plus the route's own list
 * parameters, and Stripe's errors turned into what the walker acts on (a deleted cursor) or a clear one (the removed
 * Orders API).
 */
final class StripeListSource implements ListSource {

    private final StripeClient client;
    private final StripeTrigger trigger;
    private final Map<String, Object> listParameters;
    private final Consumer<String> answeredWithoutDate;

    /**
     * @param listParameters      extra parameters sent on every list call (filters, {@code expand})
     * @param answeredWithoutDate told the path when an answer carried no {@code Date} header
     */
    StripeListSource(StripeClient client, StripeTrigger trigger, Map<String, Object> listParameters,
                     Consumer<String> answeredWithoutDate) {
        this.client = client;
        this.trigger = trigger;
        this.listParameters = listParameters;
        this.answeredWithoutDate = answeredWithoutDate;
    }

    @Override
    public Page list(Map<String, Object> params) {
        Map<String, Object> request = params;
        if (!listParameters.isEmpty()) {
            request = new LinkedHashMap<>(params);
            request.putAll(listParameters);
        }
        StripeResponse<StripeList<StripeObject>> answer;
        try {
            answer = client.execute(StripeRequest.get(trigger.path(), request), trigger.pageType());
        } catch (StripeApiException e) {
            String cursor = (String) (params.containsKey("ending_before")
                    ? params.get("ending_before") : params.get("starting_after"));
            if (cursor != null && isCursorMissing(e, cursor)) {
                throw new CursorMissingException(cursor, e);
            }
            if (trigger == StripeTrigger.ORDERS && e.getStatus() == 404) {
                throw new LegacyOrdersApiException(e);
            }
            throw e;
        }
        if (answer.date() == null) {
            answeredWithoutDate.accept(trigger.path());
        }
        return new Page(answer.body().getData(), answer.body().hasMore(), answer.date());
    }

    /** Stripe's resource_missing for the cursor: 404 (or 400 on some versions), naming the cursor or its param. */
    private static boolean isCursorMissing(StripeApiException e, String cursor) {
        if (e.getStatus() != 400 && e.getStatus() != 404) {
            return false;
        }
        boolean cursorParam = "ending_before".equals(e.getParam()) || "starting_after".equals(e.getParam());
        boolean namesCursor = e.getStripeMessage() != null && e.getStripeMessage().contains(cursor);
        return "resource_missing".equals(e.getCode()) && (cursorParam || namesCursor);
    }
}
