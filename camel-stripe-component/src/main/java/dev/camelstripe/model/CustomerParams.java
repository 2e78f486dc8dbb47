package dev.camelstripe.model;

import java.util.Map;

/**
 * The body of "create customer" and "update customer":
 * {@code new CustomerParams().email("a@b.c").description("x")}. {@code id} addresses the customer on update.
 */
public class CustomerParams extends StripeParams<CustomerParams> {

    private String id;
    private String description;
    private String email;
    private String name;
    private String phone;
    private Map<String, Object> address;
    private Map<String, String> metadata;

    public CustomerParams id(String id) {
        this.id = id;
        return this;
    }

    /** An empty string clears the description. */
    public CustomerParams description(String description) {
        this.description = description;
        return this;
    }

    public CustomerParams email(String email) {
        this.email = email;
        return this;
    }

    public CustomerParams name(String name) {
        this.name = name;
        return this;
    }

    public CustomerParams phone(String phone) {
        this.phone = phone;
        return this;
    }

    /** Stripe's address keys: {@code line1}, {@code line2}, {@code city}, {@code state}, {@code postal_code}, {@code country}. */
    public CustomerParams address(Map<String, Object> address) {
        this.address = address;
        return this;
    }

    public CustomerParams metadata(Map<String, String> metadata) {
        this.metadata = metadata;
        return this;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        id(id);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        description(description);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        email(email);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        name(name);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        phone(phone);
    }

    public Map<String, Object> getAddress() {
        return address;
    }

    public void setAddress(Map<String, Object> address) {
        address(address);
    }

    public Map<String, String> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, String> metadata) {
        metadata(metadata);
    }
}
