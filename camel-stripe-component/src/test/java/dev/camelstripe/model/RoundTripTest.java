package dev.camelstripe.model;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** No field Stripe sends is ever lost: every fixture, read into its POJO and written back, is the same JSON. */
class RoundTripTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("customer.json", type(Customer.class)),
                Arguments.of("customer-legacy-account-balance.json", type(Customer.class)),
                Arguments.of("customer-deleted.json", type(Customer.class)),
                Arguments.of("customer-with-discount.json", type(Customer.class)),
                Arguments.of("customer-with-discount-clover.json", type(Customer.class)),
                Arguments.of("product.json", type(Product.class)),
                Arguments.of("charge.json", type(Charge.class)),
                Arguments.of("charge-basil.json", type(Charge.class)),
                Arguments.of("charge-expanded-customer.json", type(Charge.class)),
                Arguments.of("invoiceitem.json", type(InvoiceItem.class)),
                Arguments.of("invoiceitem-basil.json", type(InvoiceItem.class)),
                Arguments.of("order.json", type(Order.class)),
                Arguments.of("customers-list.json", StripeList.typeOf(Customer.class)));
    }

    private static JavaType type(Class<?> type) {
        return StripeJson.mapper().constructType(type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void writesBackExactlyTheJsonTreeStripeSentNullsIncluded(String fixture, JavaType type) {
        Object pojo = Fixtures.read(fixture, type);

        assertThat(pojo).isInstanceOf(type.getRawClass());
        assertThat(Fixtures.written(pojo)).isEqualTo(Fixtures.tree(fixture));
    }

    /** What camel-jackson's marshal().json() or any other mapper does: the rules live on the model classes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aPlainObjectMapperReadsAndWritesTheSameJson(String fixture, JavaType type) throws Exception {
        ObjectMapper plain = new ObjectMapper();

        Object pojo = plain.readValue(Fixtures.bytes(fixture), plain.constructType(type));

        assertThat(pojo).isInstanceOf(type.getRawClass());
        assertThat(plain.readTree(plain.writeValueAsBytes(pojo))).isEqualTo(Fixtures.tree(fixture));
        assertThat(plain.readTree(plain.writeValueAsBytes(Fixtures.read(fixture, type))))
                .isEqualTo(Fixtures.tree(fixture));
    }
}
