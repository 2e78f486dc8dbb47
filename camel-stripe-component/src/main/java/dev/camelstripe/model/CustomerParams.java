package dev.camelstripe.model;

import java.util.Map;

/**
 * The body of "create customer" and "update customer":
 * {@code new CustomerParams().email("a@b.c").description("x")}. {@code id} addresses the customer on update.
 */
public class CustomerParams extends StripeParams<CustomerParams> implements Params.Description<CustomerParams>,
        Params.Email<CustomerParams>, Params.Name<CustomerParams>, Params.Metadata<CustomerParams> {

    static final Field<String> PHONE = Field.string("phone");
    static final Field<Map<String, Object>> ADDRESS = Field.address("address");

    public CustomerParams phone(String phone) {
        return param(PHONE, phone);
    }

    public String getPhone() {
        return get(PHONE);
    }

    public void setPhone(String phone) {
        phone(phone);
    }

    /** Stripe's address keys: {@code line1}, {@code line2}, {@code city}, {@code state}, {@code postal_code}, {@code country}. */
    public CustomerParams address(Map<String, Object> address) {
        return param(ADDRESS, address);
    }

    public Map<String, Object> getAddress() {
        return get(ADDRESS);
    }

    public void setAddress(Map<String, Object> address) {
        address(address);
    }
}
