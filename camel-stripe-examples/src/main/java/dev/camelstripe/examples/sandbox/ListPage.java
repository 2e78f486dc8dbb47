package dev.camelstripe.examples.sandbox;

import java.util.List;
import java.util.Map;

/** One page of a list, newest first; {@code hasMore} says more items lie beyond it in the paging direction. */
public record ListPage(List<Map<String, Object>> data, boolean hasMore) {

    public List<String> ids() {
        return data.stream().map(o -> (String) o.get("id")).toList();
    }
}
