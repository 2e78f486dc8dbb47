package dev.camelstripe.producer;

import java.util.List;
import java.util.Map;

import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.model.CustomerParams;
import dev.camelstripe.model.Field;
import dev.camelstripe.model.Params;
import dev.camelstripe.model.ProductParams;
import dev.camelstripe.model.StripeParams;
import org.junit.jupiter.api.Test;

import static dev.camelstripe.producer.ValidationTest.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks come from the params class's own field declarations: nothing to list twice, nothing to drift. */
class ParamRulesTest {

    /** A params class a later resource could add: declaring its fields is all it takes to have them checked. */
    public static final class ShippingParams extends StripeParams<ShippingParams>
            implements Params.Description<ShippingParams> {
        static final Field<Boolean> EXPRESS = Field.bool("express");
        static final Field<List<String>> LABELS = Field.urls("labels");

        public ShippingParams express(Boolean express) {
            return param(EXPRESS, express);
        }
    }

    @Test
    void aNewParamsClassIsCheckedByItsDeclarationsAlone() {
        ParamRules rules = ParamRules.of(ShippingParams.class);

        assertThatThrownBy(() -> rules.validate(params("express", "soon")))
                .isInstanceOf(StripeParameterException.class).hasMessage("express must be true or false, was 'soon'");
        assertThatThrownBy(() -> rules.validate(params("description", 5)))
                .hasMessage("description must be a string, was 5 (Integer)");
        Map<String, Object> fine = params("express", "true", "labels", "https://x.example/l.pdf", "other", 5);
        rules.validate(fine);
        assertThat(fine).containsExactly(Map.entry("express", "true"),
                Map.entry("labels", List.of("https://x.example/l.pdf")), Map.entry("other", 5));
    }

    @Test
    void theRulesOfAClassAreReadOnce() {
        assertThat(ParamRules.of(ProductParams.class)).isSameAs(ParamRules.of(ProductParams.class));
    }

    /** The drift this replaces: address was a CustomerParams field that ParamRules did not check. */
    @Test
    void everyTypedParameterButTheIdHasARule() {
        for (Class<? extends StripeParams<?>> type : List.of(ProductParams.class, CustomerParams.class)) {
            assertThat(Field.declaredBy(type)).filteredOn(field -> field.rule() == null)
                    .extracting(Field::name).as("unchecked parameters of %s", type.getSimpleName())
                    .containsExactly("id");
        }
        assertThat(Field.declaredBy(CustomerParams.class)).extracting(Field::name)
                .containsExactlyInAnyOrder("id", "description", "email", "name", "metadata", "phone", "address");
        assertThat(Field.declaredBy(ProductParams.class)).extracting(Field::name)
                .containsExactlyInAnyOrder("id", "name", "description", "metadata", "active", "caption", "images",
                        "shippable", "url");
    }
}
