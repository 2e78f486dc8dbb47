package dev.camelstripe.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.camel.RollbackExchangeException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel's rollback is a failed delivery: the position does not move past a rolled-back exchange, the object comes
 * again next poll, and nothing after it is delivered before it.
 */
class RollbackTest extends ConsumerTestSupport {

    /** ch_2 is rolled back the first time it comes, by the route's own means. */
    private void rollbackRoute(String how) throws Exception {
        List<String> rolledBack = new ArrayList<>();
        Consumer<RouteDefinition> steps = switch (how) {
            case "markRollbackOnly" -> route -> route.choice()
                    .when(exchange -> firstTime(exchange.getMessage().getHeader("CamelStripeObjectId", String.class),
                            rolledBack)).markRollbackOnly().end();
            case "markRollbackOnlyLast" -> route -> route.choice()
                    .when(exchange -> firstTime(exchange.getMessage().getHeader("CamelStripeObjectId", String.class),
                            rolledBack)).markRollbackOnlyLast().end();
            case "rollback handled" -> route -> route.choice()
                    .when(exchange -> firstTime(exchange.getMessage().getHeader("CamelStripeObjectId", String.class),
                            rolledBack)).rollback("not now").end();
            default -> throw new IllegalArgumentException(how);
        };
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                if (how.equals("rollback handled")) {
                    onException(RollbackExchangeException.class).handled(true);
                }
                RouteDefinition route = from(uri("newCharges", "startFrom=beginning")).routeId("r");
                steps.accept(route);
                route.process(exchange -> received.add(exchange.copy()));
            }
        });
    }

    private static boolean firstTime(String id, List<String> rolledBack) {
        if (!"ch_2".equals(id) || rolledBack.contains(id)) {
            return false;
        }
        rolledBack.add(id);
        return true;
    }

    @ParameterizedTest
    @ValueSource(strings = { "markRollbackOnly", "markRollbackOnlyLast", "rollback handled" })
    void aRolledBackExchangeKeepsThePositionAndIsDeliveredAgain(String how) throws Exception {
        addCharges("ch_", 3, 1_700_000_000L);
        rollbackRoute(how);

        poll();
        assertThat(receivedIds()).containsExactly("ch_1");
        assertThat(consumer().getState().cursorId()).isEqualTo("ch_1");
        assertThat(consumer().getState().failedId()).isEqualTo("ch_2");

        poll();
        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3");
        assertThat(consumer().getState().cursorId()).isEqualTo("ch_3");
    }
}
