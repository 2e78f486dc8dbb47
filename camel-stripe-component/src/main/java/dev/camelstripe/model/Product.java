package dev.camelstripe.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A Stripe product ({@code object: "product"}): what a business sells, as returned by {@code /v1/products}. */
public class Product extends StripeObject {

    private Boolean active;
    /** Legacy: only on {@code type=good} products under old API versions. */
    private String caption;
    private Instant created;
    private String description;
    private List<String> images;
    private String name;
    private Boolean shippable;
    private Instant updated;
    private String url;
    private Map<String, String> metadata;
    private Boolean livemode;

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    /** One-line description; a legacy field that recent API versions no longer send. */
    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public Instant getCreated() {
        return created;
    }

    public void setCreated(Instant created) {
        this.created = created;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** URLs of up to 8 images. */
    public List<String> getImages() {
        return images;
    }

    public void setImages(List<String> images) {
        this.images = images;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getShippable() {
        return shippable;
    }

    public void setShippable(Boolean shippable) {
        this.shippable = shippable;
    }

    public Instant getUpdated() {
        return updated;
    }

    public void setUpdated(Instant updated) {
        this.updated = updated;
    }

    /** The product's public web page. */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Map<String, String> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, String> metadata) {
        this.metadata = metadata;
    }

    public Boolean getLivemode() {
        return livemode;
    }

    public void setLivemode(Boolean livemode) {
        this.livemode = livemode;
    }
}
