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

    /** As stripe-java's FormEncoder: null is "unset this field", at any depth. */
    @Test
    void nullsAreSentEmptyBecauseTheyUnset() {
        assertThat(FormEncoder.encode(params("name", "x", "description", null, "metadata", params("a", null))))
                .isEqualTo("name=x&description=&metadata[a]=");
    }

    @Test
    void anEmptyStringIsKeptBecauseItUnsetsTheField() {
        assertThat(FormEncoder.encode(params("description", ""))).isEqualTo("description=");
    }

    /** An empty list is the only way to clear one; an empty map sent as metadata= would delete every key. */
    @Test
    void anEmptyListClearsButAnEmptyMapSendsNothing() {
        assertThat(FormEncoder.encode(params("images", List.of(), "metadata", Map.of(), "address",
                params("extra", Map.of()), "name", "x"))).isEqualTo("images=&name=x");
    }

    @Test
    void itemsThatSendNothingLeaveNoGapInTheIndexes() {
        assertThat(FormEncoder.encode(params("items", List.of(Map.of(), params("price", "p_1"), Map.of(),
                params("price", "p_2")))))
                .isEqualTo("items[0][price]=p_1&items[1][price]=p_2");
    }

    @Test
    void decimalsArePlainWithoutExponentOrTrailingZeros() {
        assertThat(FormEncoder.encode(params("a", new BigDecimal("1.5E3"), "b", new BigDecimal("0.0005"),
                "c", 1500.0d, "d", 2.50f, "e", new BigDecimal("-0.00"), "f", 1e-7, "g", new BigDecimal("12.50"),
                "h", new BigDecimal("12345678901234567.25"), "i", 42, "j", 7L)))
                .isEqualTo("a=1500&b=0.0005&c=1500&d=2.5&e=0&f=0.0000001&g=12.5&h=12345678901234567.25&i=42&j=7");
    }

    @Test
    void everyDateTypeIsEpochSeconds() {
        Instant instant = Instant.ofEpochSecond(1_700_000_000L, 999_000_000);
        java.util.Calendar calendar = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("Asia/Tokyo"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        assertThat(FormEncoder.encode(params("instant", instant, "date", java.util.Date.from(instant),
                "calendar", calendar, "offset", instant.atOffset(java.time.ZoneOffset.ofHours(-5)),
                "zoned", instant.atZone(java.time.ZoneId.of("Europe/Paris")))))
                .isEqualTo("instant=1700000000&date=1700000000&calendar=1700000000&offset=1700000000"
                           + "&zoned=1700000000");
    }

    @Test
    void primitiveArraysAreListsToo() {
        assertThat(FormEncoder.encode(params("n", new int[] { 3, 4 }, "none", new long[0])))
                .isEqualTo("n[0]=3&n[1]=4&none=");
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
                .isEqualTo("amount=1999&percent=12.5&created=1700000000&tags[0]=a&tags[1]=b&duration=SECONDS");
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
