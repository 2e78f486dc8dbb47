package dev.camelstripe.docs;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Charge;
import dev.camelstripe.model.Coupon;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.CustomerParams;
import dev.camelstripe.model.Discount;
import dev.camelstripe.model.InvoiceItem;
import dev.camelstripe.model.Order;
import dev.camelstripe.model.Outcome;
import dev.camelstripe.model.Product;
import dev.camelstripe.model.ProductParams;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/migration.md names only methods and headers that exist: every {@code getX()}/{@code isX()} it shows is a
 * public method of a model class, every {@code name(Type)} of a params class, every {@code CamelStripe…} a header.
 */
class MigrationDocTest {

    static final List<Class<?>> MODEL = List.of(Product.class, Customer.class, Discount.class, Coupon.class,
            Order.class, Charge.class, Outcome.class, InvoiceItem.class);
    static final List<Class<?>> PARAMS = List.of(ProductParams.class, CustomerParams.class);

    @Test
    void everyPropertyAndHeaderNamedExists() throws Exception {
        String page = Files.readString(DocsPaths.docsDir().resolve("migration.md"));
        Set<String> getters = publicMethods(MODEL);
        Set<String> setters = publicMethods(PARAMS);
        Set<String> headers = new HashSet<>();
        for (var field : StripeConstants.class.getFields()) {
            headers.add(String.valueOf(field.get(null) instanceof String s ? s : ""));
        }

        List<String> missing = new ArrayList<>();
        Matcher getter = Pattern.compile("`(?:[a-zA-Z]+\\(\\)\\.)?((?:get|is)[A-Z]\\w*)\\(\\)`").matcher(page);
        int gettersSeen = 0;
        while (getter.find()) {
            gettersSeen++;
            if (!getters.contains(getter.group(1))) {
                missing.add(getter.group(0));
            }
        }
        Matcher setter = Pattern.compile("`([a-z]\\w*)\\((?:String|Boolean|List<String>|Map|name, value)\\)`")
                .matcher(page);
        while (setter.find()) {
            if (!setters.contains(setter.group(1))) {
                missing.add(setter.group(0));
            }
        }
        Matcher header = Pattern.compile("`(CamelStripe\\w+)`").matcher(page);
        while (header.find()) {
            if (!headers.contains(header.group(1))) {
                missing.add(header.group(0));
            }
        }
        assertThat(gettersSeen).isGreaterThan(50);
        assertThat(missing).as("named in docs/migration.md but not in the code").isEmpty();
    }

    private static Set<String> publicMethods(List<Class<?>> types) {
        Set<String> names = new HashSet<>();
        for (Class<?> type : types) {
            for (Method method : type.getMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    names.add(method.getName());
                }
            }
        }
        return names;
    }
}
