package dev.camelstripe.client;

import org.apache.hc.client5.http.config.Configurable;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.net.URIAuthority;

/**
 * A request addressed by scheme, authority and an already-encoded path, carrying its own timeouts. HttpClient's
 * {@code HttpPost} and friends need a {@link java.net.URI}, parsed anew on every call; the API base is parsed once
 * by {@link StripeClient} instead, and the paths it appends are encoded by this library.
 */
final class StripeHttpRequest extends BasicClassicHttpRequest implements Configurable {

    private static final long serialVersionUID = 1L;

    private final RequestConfig config;

    StripeHttpRequest(String method, String scheme, URIAuthority authority, String path, RequestConfig config) {
        super(method, (String) null); // the (method, path) constructor would parse the path as a URI
        setPath(path);
        setScheme(scheme);
        setAuthority(authority);
        this.config = config;
    }

    @Override
    public RequestConfig getConfig() {
        return config;
    }
}
