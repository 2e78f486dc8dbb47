package dev.camelstripe.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormEncoderTest {

    private static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    @Test
    void plainValuesKeepTheirOrder() {
        assertThat(FormEncoder.encode(params("name", "Shirt", "email", "a@b.co"))).isEqualTo("name=Shirt&email=a%40b.co");
    }

    @Test
    void nestedMapsUseBrackets() {
        assertThat(FormEncoder.encode(params("metadata", params("order_id", "6735", "channel", "web"))))
                .isEqualTo("metadata[order_id]=6735&metadata[channel]=web");
    }

    @Test
    void listsAreIndexed() {
        assertThat(FormEncoder.encode(params("images", List.of("https://x.test/a.png", "https://x.test/b.png"))))
                .isEqualTo("images[0]=https%3A%2F%2Fx.test%2Fa.png&images[1]=https%3A%2F%2Fx.test%2Fb.png");
    }

    @Test
    void listsOfMapsNestBothWays() {
        assertThat(FormEncoder.encode(params("items", List.of(params("price", "price_1", "quantity", 2)))))
                .isEqualTo("items[0][price]=price_1&items[0][quantity]=2");
    }

    @Test
    void booleansAreTrueOrFalse() {
        assertThat(FormEncoder.encode(params("active", true, "shippable", Boolean.FALSE)))
                .isEqualTo("active=true&shippable=false");
    }

    @Test
    void nullsAreLeftOut() {
        assertThat(FormEncoder.encode(params("name", "x", "description", null, "metadata", params("a", null))))
                .isEqualTo("name=x");
    }

    @Test
    void anEmptyStringIsKeptBecauseItUnsetsTheField() {
        assertThat(FormEncoder.encode(params("description", ""))).isEqualTo("description=");
    }

    @Test
    void anEmptyListOrMapIsSentAsAnEmptyValue() {
        assertThat(FormEncoder.encode(params("images", List.of(), "metadata", Map.of())))
                .isEqualTo("images=&metadata=");
    }

    @Test
    void reservedCharactersAndUnicodeArePercentEncoded() {
        assertThat(FormEncoder.encode(params("description", "50% off & more = fun+games ü 日本")))
                .isEqualTo("description=50%25%20off%20%26%20more%20%3D%20fun%2Bgames%20%C3%BC%20%E6%97%A5%E6%9C%AC");
    }

    @Test
    void keysAreEncodedButBracketsStayReadable() {
        assertThat(FormEncoder.encode(params("metadata", params("my key&x", "v"))))
                .isEqualTo("metadata[my%20key%26x]=v");
    }

    @Test
    void numbersInstantsArraysAndEnums() {
        assertThat(FormEncoder.encode(params("amount", 1999L, "percent", new BigDecimal("12.50"),
                "created", Instant.ofEpochSecond(1700000000), "tags", new String[] { "a", "b" },
                "duration", java.util.concurrent.TimeUnit.SECONDS)))
                .isEqualTo("amount=1999&percent=12.50&created=1700000000&tags[0]=a&tags[1]=b&duration=SECONDS");
    }

    @Test
    void nullsInsideListsAreLeftOutWithoutGapsInTheIndexes() {
        assertThat(FormEncoder.encode(params("images", Arrays.asList("a", null, "c"))))
                .isEqualTo("images[0]=a&images[1]=c");
    }

    /** The hand-written ASCII escaping writes exactly what the URLEncoder-based original wrote, for every char. */
    @Test
    void escapingMatchesUrlEncoderForEveryCharacter() {
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append((char) (round < 1_000 ? random.nextInt(0x80) : random.nextInt(0x3000)));
            }
            for (boolean keepBrackets : new boolean[] { true, false }) {
                String expected = java.net.URLEncoder.encode(text.toString(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20");
                if (keepBrackets) {
                    expected = expected.replace("%5B", "[").replace("%5D", "]");
                }
                StringBuilder actual = new StringBuilder();
                FormEncoder.escape(actual, text.toString(), keepBrackets);
                assertThat(actual.toString()).as("escape of %s", text).isEqualTo(expected);
            }
        }
    }
}
