package dev.camelstripe.model;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

/** Writes an {@link Expandable} in the shape it was read in: the id as a string, or the expanded object. */
final class ExpandableSerializer extends JsonSerializer<Expandable<?>> {

    @Override
    public void serialize(Expandable<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (value.isExpanded()) {
            provider.defaultSerializeValue(value.getExpanded(), gen);
        } else {
            gen.writeString(value.getId());
        }
    }
}
