package dev.camelstripe.model;

import java.util.List;

/**
 * The body of "create product" and "update product": {@code new ProductParams().name("T-shirt").shippable(true)}.
 * {@code id} is the product's id (chosen on create, addressed on update).
 */
public class ProductParams extends StripeParams<ProductParams> implements Params.Name<ProductParams>,
        Params.Description<ProductParams>, Params.Metadata<ProductParams> {

    static final Field<Boolean> ACTIVE = Field.bool("active");
    static final Field<String> CAPTION = Field.string("caption");
    static final Field<List<String>> IMAGES = Field.urls("images");
    static final Field<Boolean> SHIPPABLE = Field.bool("shippable");
    static final Field<String> URL = Field.string("url");

    public ProductParams active(Boolean active) {
        return param(ACTIVE, active);
    }

    public Boolean getActive() {
        return get(ACTIVE);
    }

    public void setActive(Boolean active) {
        active(active);
    }

    /** Legacy one-line description; only old API versions accept it. */
    public ProductParams caption(String caption) {
        return param(CAPTION, caption);
    }

    public String getCaption() {
        return get(CAPTION);
    }

    public void setCaption(String caption) {
        caption(caption);
    }

    /** Up to 8 image URLs; an empty list clears them. */
    public ProductParams images(List<String> images) {
        return param(IMAGES, images);
    }

    public List<String> getImages() {
        return get(IMAGES);
    }

    public void setImages(List<String> images) {
        images(images);
    }

    public ProductParams shippable(Boolean shippable) {
        return param(SHIPPABLE, shippable);
    }

    public Boolean getShippable() {
        return get(SHIPPABLE);
    }

    public void setShippable(Boolean shippable) {
        shippable(shippable);
    }

    /** The product's public web page. */
    public ProductParams url(String url) {
        return param(URL, url);
    }

    public String getUrl() {
        return get(URL);
    }

    public void setUrl(String url) {
        url(url);
    }
}
