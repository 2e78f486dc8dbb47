package dev.camelstripe.model;

import java.util.List;
import java.util.Map;

/**
 * The body of "create product" and "update product": {@code new ProductParams().name("T-shirt").shippable(true)}.
 * {@code id} is the product's id (chosen on create, addressed on update).
 */
public class ProductParams extends StripeParams<ProductParams> {

    private String id;
    private String name;
    private Boolean active;
    private String caption;
    private String description;
    private List<String> images;
    private Boolean shippable;
    private String url;
    private Map<String, String> metadata;

    public ProductParams id(String id) {
        this.id = id;
        return this;
    }

    public ProductParams name(String name) {
        this.name = name;
        return this;
    }

    public ProductParams active(Boolean active) {
        this.active = active;
        return this;
    }

    /** Legacy one-line description; only old API versions accept it. */
    public ProductParams caption(String caption) {
        this.caption = caption;
        return this;
    }

    public ProductParams description(String description) {
        this.description = description;
        return this;
    }

    /** Up to 8 image URLs; an empty list clears them. */
    public ProductParams images(List<String> images) {
        this.images = images;
        return this;
    }

    public ProductParams shippable(Boolean shippable) {
        this.shippable = shippable;
        return this;
    }

    public ProductParams url(String url) {
        this.url = url;
        return this;
    }

    public ProductParams metadata(Map<String, String> metadata) {
        this.metadata = metadata;
        return this;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        id(id);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        name(name);
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        active(active);
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        caption(caption);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        description(description);
    }

    public List<String> getImages() {
        return images;
    }

    public void setImages(List<String> images) {
        images(images);
    }

    public Boolean getShippable() {
        return shippable;
    }

    public void setShippable(Boolean shippable) {
        shippable(shippable);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        url(url);
    }

    public Map<String, String> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, String> metadata) {
        metadata(metadata);
    }
}
