package dev.camelstripe.model;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Stripe's timestamps: integer seconds since the epoch. Written so for every date type a record or bean may carry
 * ({@link JsonValues#epochSeconds}); an {@link Instant} also reads from them. Jackson alone writes a {@code Date} in
 * milliseconds and refuses java.time types without the JSR-310 module, whose integers are not Stripe's either.
 */
final class EpochSecondsModule extends SimpleModule {

    EpochSecondsModule() {
        super("StripeEpochSeconds");
        Writer writer = new Writer();
        addSerializer(Instant.class, writer);
        addSerializer(OffsetDateTime.class, writer);
        addSerializer(ZonedDateTime.class, writer);
        addSerializer(Date.class, writer);
        addSerializer(Calendar.class, writer);
        addDeserializer(Instant.class, new Reader());
    }

    private static final class Writer extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(JsonValues.epochSeconds(value));
        }
    }

    private static final class Reader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochSecond(p.getLongValue());
            }
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                // ISO-8601 text, as a hand-written route body or YAML may hold it
                return Instant.parse(p.getText().trim());
            }
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }
    }
}
