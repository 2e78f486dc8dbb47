package dev.camelstripe.model;

import java.util.List;

/** A Stripe product ({@code object: "product"}): what a business sells, as returned by {@code /v1/products}. */
public class Product extends StripeObject implements Has.Created, Has.Deleted, Has.Description, Has.Livemode,
        Has.Metadata, Has.Name, Has.Updated {

    static final Field<Boolean> ACTIVE = Field.bool("active");
    /** Legacy: only on {@code type=good} products under old API versions. */
    static final Field<String> CAPTION = Field.string("caption");
    static final Field<List<String>> IMAGES = Field.strings("images");
    static final Field<Boolean> SHIPPABLE = Field.bool("shippable");
    static final Field<String> URL = Field.string("url");

    public Boolean getActive() {
        return get(ACTIVE);
    }

    public void setActive(Boolean active) {
        set(ACTIVE, active);
    }

    /** One-line description; a legacy field that recent API versions no longer send. */
    public String getCaption() {
        return get(CAPTION);
    }

    public void setCaption(String caption) {
        set(CAPTION, caption);
    }

    /** URLs of up to 8 images; edits to the returned list count as changes. */
    public List<String> getImages() {
        return get(IMAGES);
    }

    public void setImages(List<String> images) {
        set(IMAGES, images);
    }

    public Boolean getShippable() {
        return get(SHIPPABLE);
    }

    public void setShippable(Boolean shippable) {
        set(SHIPPABLE, shippable);
    }

    /** The product's public web page. */
    public String getUrl() {
        return get(URL);
    }

    public void setUrl(String url) {
        set(URL, url);
    }
}
