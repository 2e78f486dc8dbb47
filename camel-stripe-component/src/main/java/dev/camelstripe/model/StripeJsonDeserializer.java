package dev.camelstripe.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;

/**
 * Reads any {@link StripeJsonObject} as what it is: the JSON object's fields in arrival order, each value as Jackson
 * reads untyped JSON (maps, lists, strings, numbers, booleans, nulls), wrapped in the class asked for. Declared on the
 * base class, so every model reads this way with any {@code ObjectMapper}. Contextual: the declared type says which
 * class to wrap in ({@code StripeList<Customer>} also says the items' class); an abstract or unknown one gets an
 * {@link UntypedStripeObject}, so no field is lost. The object and a list's items are read into a
 * {@link JsonObjectMap}, the compact map a model holds.
 */
final class StripeJsonDeserializer extends JsonDeserializer<StripeJsonObject> implements ContextualDeserializer {

    private final Class<? extends StripeJsonObject> type;
    private final Class<? extends StripeJsonObject> itemType;
    private final JsonDeserializer<Object> untyped;

    StripeJsonDeserializer() {
        this(UntypedStripeObject.class, UntypedStripeObject.class, null);
    }

    private StripeJsonDeserializer(Class<? extends StripeJsonObject> type, Class<? extends StripeJsonObject> itemType,
                                   JsonDeserializer<Object> untyped) {
        this.type = type;
        this.itemType = itemType;
        this.untyped = untyped;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JavaType declared = ctxt.getContextualType() != null ? ctxt.getContextualType()
                : property != null ? property.getType() : null;
        JavaType item = declared == null ? null : declared.containedType(0);
        return new StripeJsonDeserializer(concrete(declared), concrete(item),
                ctxt.findRootValueDeserializer(ctxt.constructType(Object.class)));
    }

    @Override
    public StripeJsonObject deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartObjectToken() && !p.hasToken(JsonToken.FIELD_NAME) && !p.hasToken(JsonToken.END_OBJECT)) {
            return (StripeJsonObject) ctxt.handleUnexpectedToken(type, p);
        }
        StripeJsonObject object = StripeJsonObject.view(type, readObject(p, ctxt, StripeList.class.isAssignableFrom(type)));
        if (object instanceof StripeList<?> list) {
            list.itemType(itemType);
        }
        return object;
    }

    /** The fields from the current token (the object's start, its first name, or its end) to the object's end. */
    private JsonObjectMap readObject(JsonParser p, DeserializationContext ctxt, boolean page) throws IOException {
        JsonObjectMap fields = new JsonObjectMap();
        String name = p.isExpectedStartObjectToken() ? p.nextFieldName() : p.currentName();
        if (p.hasToken(JsonToken.END_OBJECT)) {
            return fields;
        }
        for (; name != null; name = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            fields.append(name, page && token == JsonToken.START_ARRAY && "data".equals(name) ? readItems(p, ctxt)
                    : untyped.deserialize(p, ctxt));
        }
        return fields;
    }

    /** A list page's items, each object read as compactly as a model (they become models when read). */
    private List<Object> readItems(JsonParser p, DeserializationContext ctxt) throws IOException {
        List<Object> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(p.isExpectedStartObjectToken() ? readObject(p, ctxt, false) : untyped.deserialize(p, ctxt));
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends StripeJsonObject> concrete(JavaType type) {
        if (type == null || type.isAbstract() || !StripeJsonObject.class.isAssignableFrom(type.getRawClass())) {
            return UntypedStripeObject.class;
        }
        return (Class<? extends StripeJsonObject>) type.getRawClass();
    }
}
