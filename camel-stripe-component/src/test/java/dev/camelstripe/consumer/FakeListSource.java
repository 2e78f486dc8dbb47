package dev.camelstripe.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.camelstripe.client.FormEncoder;
import dev.camelstripe.model.StripeJson;
import dev.camelstripe.model.StripeList;
import dev.camelstripe.model.StripeObject;
import dev.camelstripe.test.FakeStripeLists;

/**
 * A trigger's list served by {@link FakeStripeLists} without HTTP: the same paging rules, Date and request log as the
 * route tests, for the walker's unit tests.
 */
final class FakeListSource implements ListSource {

    private final FakeStripeLists lists;
    private final StripeTrigger trigger;

    FakeListSource(FakeStripeLists lists, StripeTrigger trigger) {
        this.lists = lists;
        this.trigger = trigger;
    }

    @Override
    public Page list(Map<String, Object> params) {
        String query = URLDecoder.decode(FormEncoder.encode(params), StandardCharsets.UTF_8);
        FakeStripeLists.Answer answer = lists.answer(trigger.path(), query);
        if (answer.fault() != null) {
            throw new IllegalStateException("injected fault on request " + answer.number());
        }
        if (answer.status() != 200) {
            if ("resource_missing".equals(answer.body().path("error").path("code").asText())) {
                String cursor = (String) params.getOrDefault("ending_before", params.get("starting_after"));
                throw new CursorMissingException(cursor, null);
            }
            throw new IllegalStateException("HTTP " + answer.status() + ": " + answer.body());
        }
        try {
            StripeList<StripeObject> page = StripeJson.read(answer.body().toString()
                    .getBytes(StandardCharsets.UTF_8), trigger.pageType());
            return new Page(page.getData(), page.hasMore(), answer.date());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
