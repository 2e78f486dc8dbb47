package dev.camelstripe.model;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;

/**
 * Reads an {@link Expandable} from an id string or from an expanded object. Contextual: the declared type
 * {@code Expandable<Customer>} tells which class the expanded object binds to.
 */
final class ExpandableDeserializer extends JsonDeserializer<Expandable<?>> implements ContextualDeserializer {

    private final JavaType expandedType;

    ExpandableDeserializer() {
        this(null);
    }

    private ExpandableDeserializer(JavaType expandedType) {
        this.expandedType = expandedType;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        JavaType declared = ctxt.getContextualType() != null ? ctxt.getContextualType()
                : property != null ? property.getType() : null;
        JavaType target = declared == null ? null : declared.containedType(0);
        // a raw or wildcard Expandable still gets a StripeObject, so no field is lost
        if (target == null || !StripeObject.class.isAssignableFrom(target.getRawClass())
                || target.isAbstract()) {
            target = ctxt.constructType(UntypedStripeObject.class);
        }
        return new ExpandableDeserializer(target);
    }

    @Override
    public Expandable<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return Expandable.ofId(p.getText());
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return (Expandable<?>) ctxt.handleUnexpectedToken(Expandable.class, p);
        }
        JavaType target = expandedType != null ? expandedType : ctxt.constructType(UntypedStripeObject.class);
        StripeObject expanded = ctxt.readValue(p, target);
        return Expandable.of(expanded);
    }
}
