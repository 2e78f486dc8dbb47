package dev.camelstripe.examples.sandbox;

import java.util.Map;

/** A status and a JSON body, before serialisation. */
public record ApiResponse(int status, Map<String, Object> body) {

    public static ApiResponse ok(Map<String, Object> body) {
        return new ApiResponse(200, body);
    }
}
