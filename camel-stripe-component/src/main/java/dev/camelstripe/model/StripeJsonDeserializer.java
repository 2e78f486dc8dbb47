package dev.camelstripe.model;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;

/**
 * Reads any {@link StripeJsonObject} as what it is: the JSON object as an ordered map, wrapped in the class asked
 * for. Declared on the base class, so every model reads this way with any {@code ObjectMapper}. Contextual: the
 * declared type says which class to wrap in ({@code StripeList<Customer>} also says the items' class); an abstract
 * or unknown one gets an {@link UntypedStripeObject}, so no field is lost.
 */
final class StripeJsonDeserializer extends JsonDeserializer<StripeJsonObject> implements ContextualDeserializer {

    private final Class<? extends StripeJsonObject> type;
    private final Class<? extends StripeJsonObject> itemType;
    private final JsonDeserializer<Object> map;

    StripeJsonDeserializer() {
        this(UntypedStripeObject.class, UntypedStripeObject.class, null);
    }

    private StripeJsonDeserializer(Class<? extends StripeJsonObject> type, Class<? extends StripeJsonObject> itemType,
                                   JsonDeserializer<Object> map) {
        this.type = type;
        this.itemType = itemType;
        this.map = map;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JavaType declared = ctxt.getContextualType() != null ? ctxt.getContextualType()
                : property != null ? property.getType() : null;
        JsonDeserializer<Object> mapReader = ctxt.findRootValueDeserializer(
                ctxt.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
        return new StripeJsonDeserializer(concrete(declared), concrete(declared == null ? null : declared.containedType(0)),
                mapReader);
    }

    @Override
    @SuppressWarnings("unchecked")
    public StripeJsonObject deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Map<String, Object> fields = (Map<String, Object>) map.deserialize(p, ctxt);
        StripeJsonObject object = StripeJsonObject.view(type, fields);
        if (object instanceof StripeList<?> list) {
            list.itemType(itemType);
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends StripeJsonObject> concrete(JavaType type) {
        if (type == null || type.isAbstract() || !StripeJsonObject.class.isAssignableFrom(type.getRawClass())) {
            return UntypedStripeObject.class;
        }
        return (Class<? extends StripeJsonObject>) type.getRawClass();
    }
}
