package dev.camelstripe.examples.sandbox;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormParserTest {

    @Test
    void parsesFlatValuesAndDecodesThem() {
        assertThat(FormParser.parse("name=T+shirt&url=https%3A%2F%2Fexample.com%2Fa%3Fb%3Dc"))
                .containsExactly(Map.entry("name", "T shirt"), Map.entry("url", "https://example.com/a?b=c"));
    }

    @Test
    void parsesBracketsIntoNestedMapsAndIndexedLists() {
        Map<String, Object> parsed = FormParser.parse("metadata%5Border_id%5D=6735&metadata[0]=zero"
                + "&images[1]=b.png&images[0]=a.png&address[line1]=1+Main+St&address[city]=Springfield"
                + "&shipping[address][country]=US&expand[]=customer&expand[]=invoice&created[gte]=1700000000");

        assertThat(parsed).containsOnlyKeys("metadata", "images", "address", "shipping", "expand", "created");
        // metadata keys are the caller's own, so "0" stays a key rather than becoming a list index
        assertThat(parsed.get("metadata")).isEqualTo(Map.of("order_id", "6735", "0", "zero"));
        assertThat(parsed.get("images")).isEqualTo(List.of("a.png", "b.png"));
        assertThat(parsed.get("address")).isEqualTo(Map.of("line1", "1 Main St", "city", "Springfield"));
        assertThat(parsed.get("shipping")).isEqualTo(Map.of("address", Map.of("country", "US")));
        assertThat(parsed.get("expand")).isEqualTo(List.of("customer", "invoice"));
        assertThat(parsed.get("created")).isEqualTo(Map.of("gte", "1700000000"));
    }

    @Test
    void keepsEmptyValuesAsTheUnsetMarker() {
        assertThat(FormParser.parse("description=&metadata[k]=&images=&flag"))
                .containsExactly(Map.entry("description", ""), Map.entry("metadata", Map.of("k", "")),
                        Map.entry("images", ""), Map.entry("flag", ""));
    }

    @Test
    void emptyOrMissingInputIsEmpty() {
        assertThat(FormParser.parse(null)).isEmpty();
        assertThat(FormParser.parse("")).isEmpty();
        assertThat(FormParser.parse("&&")).isEmpty();
    }

    @Test
    void laterValueOfARepeatedNameWins() {
        assertThat(FormParser.parse("email=a%40x.io&email=b%40x.io")).containsExactly(Map.entry("email", "b@x.io"));
    }
}
