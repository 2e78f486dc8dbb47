package dev.camelstripe.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.camelstripe.client.FormEncoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an object a route received and edited says it changed, as Stripe parameters. */
class ChangedParamsTest {

    private final Customer customer = Fixtures.read("customer.json", Customer.class);

    @Test
    void nothingChangedIsEmptyEvenAfterReadingEveryField() {
        customer.getEmail();
        customer.getMetadata();
        customer.getCreated();
        customer.getUnknownFields();
        customer.getUnknownField("address");

        assertThat(customer.changedParams()).isEmpty();
        assertThat(new Customer().changedParams()).isEmpty();
    }

    @Test
    void aSetterChangesThatFieldOnly() {
        customer.setEmail("new@example.com");

        assertThat(customer.changedParams()).containsExactly(Map.entry("email", "new@example.com"));
        assertThat(customer.getEmail()).isEqualTo("new@example.com");
    }

    @Test
    void settingTheSameValueAgainStillSendsIt() {
        customer.setName(customer.getName());

        assertThat(customer.changedParams()).containsExactly(Map.entry("name", "Jenny Rosen"));
    }

    @Test
    void nullUnsets() {
        customer.setDescription(null);

        assertThat(customer.changedParams()).containsExactly(Map.entry("description", ""));
        assertThat(FormEncoder.encode(customer.changedParams())).isEqualTo("description=");
    }

    @Test
    void typedValuesBecomeStripeValuesInJsonOrder() {
        customer.setPhone("+33 1 00 00 00 00");
        customer.setCreated(Instant.ofEpochSecond(1_700_000_000L));
        customer.setBalance(-100L);

        assertThat(customer.changedParams()).containsExactly(Map.entry("balance", -100L),
                Map.entry("created", 1_700_000_000L), Map.entry("phone", "+33 1 00 00 00 00"));
    }

    /** Stripe merges metadata, so only changed keys are sent, and a removed key as "" (stripe-ruby does the same). */
    @Test
    void metadataEditedInPlaceSendsItsChangedKeysOnly() {
        Map<String, String> metadata = customer.getMetadata();
        metadata.put("tier", "platinum");
        metadata.remove("crm_id");
        metadata.put("source", "camel");

        assertThat(customer.changedParams()).containsExactly(Map.entry("metadata",
                Map.of("crm_id", "", "tier", "platinum", "source", "camel")));
        assertThat(FormEncoder.encode(customer.changedParams()))
                .isEqualTo("metadata[crm_id]=&metadata[tier]=platinum&metadata[source]=camel");
    }

    @Test
    void replacedMetadataUnsetsTheKeysItLost() {
        customer.setMetadata(Map.of("tier", "gold", "segment", "b2b"));

        Map<String, Object> metadata = mapOf(customer.changedParams().get("metadata"));
        assertThat(metadata).containsOnly(Map.entry("crm_id", ""), Map.entry("segment", "b2b"));
    }

    @Test
    void anotherMapEditedInPlaceIsSentWhole() {
        @SuppressWarnings("unchecked")
        Map<String, Object> address = (Map<String, Object>) customer.getUnknownField("address");
        address.put("city", "Paris");
        address.put("postal_code", "75001");

        Map<String, Object> sent = mapOf(customer.changedParams().get("address"));
        assertThat(sent).containsEntry("city", "Paris").containsEntry("postal_code", "75001")
                .containsEntry("line1", "12 Rue de la République").containsEntry("country", "FR");
        assertThat(customer.changedParams()).containsOnlyKeys("address");
    }

    @Test
    void aListEditedInPlaceIsSentWhole() {
        @SuppressWarnings("unchecked")
        List<Object> locales = (List<Object>) customer.getUnknownFields().get("preferred_locales");
        locales.add("de");

        assertThat(customer.changedParams()).containsExactly(Map.entry("preferred_locales", List.of("fr", "en", "de")));
    }

    @Test
    void aNestedObjectWithoutAnIdSendsItsOwnChanges() {
        Charge charge = Fixtures.read("charge.json", Charge.class);

        charge.getOutcome().setReason("fraudulent");

        assertThat(charge.changedParams()).containsExactly(Map.entry("outcome", Map.of("reason", "fraudulent")));
        assertThat(FormEncoder.encode(charge.changedParams())).isEqualTo("outcome[reason]=fraudulent");
        assertThat(Fixtures.written(charge).get("outcome").get("reason").asText()).isEqualTo("fraudulent");
    }

    /** A discount or an expanded customer is its own resource: Stripe changes it through its own endpoint. */
    @Test
    void editsInsideANestedResourceAreNotSent() {
        Customer withDiscount = Fixtures.read("customer-with-discount.json", Customer.class);
        Charge expanded = Fixtures.read("charge-expanded-customer.json", Charge.class);

        withDiscount.getDiscount().setEnd(Instant.ofEpochSecond(1_800_000_000L));
        expanded.getCustomerExpandable().getExpanded().setEmail("other@example.com");

        assertThat(withDiscount.changedParams()).isEmpty();
        assertThat(expanded.changedParams()).isEmpty();
        assertThat(expanded.getCustomerExpandable().getExpanded().changedParams())
                .containsExactly(Map.entry("email", "other@example.com"));
    }

    @Test
    void aReferenceSetAsAWholeIsSentAsItsId() {
        Charge charge = Fixtures.read("charge-expanded-customer.json", Charge.class);
        Customer other = new Customer();
        other.setId("cus_other");

        charge.setCustomerExpandable(Expandable.of(other));
        assertThat(charge.changedParams()).containsExactly(Map.entry("customer", "cus_other"));

        charge.setCustomer("cus_third");
        assertThat(charge.changedParams()).containsExactly(Map.entry("customer", "cus_third"));
    }

    /** Sent as an id, a reference without one would unset it: refused, as stripe-ruby refuses it. */
    @Test
    void aReferenceSetToAnObjectWithoutAnIdIsRefused() {
        Charge charge = Fixtures.read("charge.json", Charge.class);

        charge.setCustomerExpandable(Expandable.of(new Customer()));

        org.assertj.core.api.Assertions.assertThatThrownBy(charge::changedParams)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("customer was set to a Stripe object without an id: set the id of an existing customer"
                            + " instead");
    }

    @Test
    void theResultIsACopy() {
        customer.setEmail("new@example.com");

        customer.changedParams().put("email", "tampered");

        assertThat(customer.changedParams()).containsExactly(Map.entry("email", "new@example.com"));
    }

    @Test
    void anEditThenUndoneIsNoChange() {
        List<String> images = Fixtures.read("product.json", Product.class).getImages();
        Product product = Fixtures.read("product.json", Product.class);

        product.getImages().add("https://img.example.com/3.png");
        product.getImages().remove("https://img.example.com/3.png");

        assertThat(product.changedParams()).isEmpty();
        assertThat(product.getImages()).isEqualTo(images);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOf(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return new LinkedHashMap<>((Map<String, Object>) value);
    }

    @Test
    void aNewObjectChangesWhatWasSet() {
        Product product = new Product();
        product.setName("Mug");
        product.setImages(new ArrayList<>(List.of("https://img.example.com/mug.png")));
        product.setMetadata(Map.of("sku", "MUG-1"));

        assertThat(product.changedParams()).containsExactly(Map.entry("name", "Mug"),
                Map.entry("images", List.of("https://img.example.com/mug.png")),
                Map.entry("metadata", Map.of("sku", "MUG-1")));
    }
}
