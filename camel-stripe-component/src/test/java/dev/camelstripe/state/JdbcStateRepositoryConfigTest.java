package dev.camelstripe.state;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import dev.camelstripe.client.StateRepositoryException;
import dev.camelstripe.client.StripeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Configuration mistakes and database failures, each with an error that names what is wrong; on H2. */
class JdbcStateRepositoryConfigTest {

    private static final DataSource H2 = JdbcStateRepositoryH2Test.h2("state-config");

    private final JdbcStateRepository repository = new JdbcStateRepository();

    @AfterEach
    void stop() {
        repository.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"positions; DROP TABLE customers", "positions --", "\"positions\"", "stripe positions",
                            "a.b.c", "1positions", "positions)", "", "pösitions", "schema.", ".positions",
                            "a234567890123456789012345678901234567890123456789012345678901234"})
    void aTableNameThatIsNotAPlainIdentifierIsRefused(String name) {
        assertThatThrownBy(() -> repository.setTableName(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tableName must be an unquoted SQL identifier, optionally schema-qualified (letters,"
                            + " digits and _, not starting with a digit, at most 63 characters each part, e.g."
                            + " camel_stripe_state or camel.stripe_state); was '" + name + "'");
        assertThat(repository.getTableName()).isEqualTo(JdbcStateRepository.DEFAULT_TABLE_NAME);
    }

    @Test
    void aNullTableNameIsRefused() {
        assertThatThrownBy(() -> repository.setTableName(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("; was null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"positions", "_positions_2", "PUBLIC.positions",
                            "a23456789012345678901234567890123456789012345678901234567890123"})
    void aPlainIdentifierIsAccepted(String name) {
        repository.setTableName(name);
        assertThat(repository.getTableName()).isEqualTo(name);
    }

    @Test
    void startingWithoutADataSourceSaysSo() {
        assertThatThrownBy(repository::start).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dataSource must be set: the javax.sql.DataSource of the state table camel_stripe_state");
    }

    @Test
    void useBeforeStartSaysSo() {
        repository.setDataSource(H2);
        assertThatThrownBy(() -> repository.getState("k")).isInstanceOf(IllegalStateException.class)
                .hasMessage("JdbcStateRepository on table camel_stripe_state is not started: start it (a trigger"
                            + " starts the repository it is given) before using it");
        assertThatThrownBy(() -> repository.setState("k", "v")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keysAndValuesTheTableCannotHoldAreRefused() {
        repository.setDataSource(H2);
        repository.start();
        assertThatThrownBy(() -> repository.getState(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must be 1 to 255 characters (the state_key column), was null");
        assertThatThrownBy(() -> repository.setState("", "v")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must be 1 to 255 characters (the state_key column), was 0 characters");
        assertThatThrownBy(() -> repository.setState("k".repeat(256), "v")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must be 1 to 255 characters (the state_key column), was 256 characters");
        assertThatThrownBy(() -> repository.setState("k", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must not be null (key 'k')");
        repository.setState("k".repeat(255), "fits");
        assertThat(repository.getState("k".repeat(255))).isEqualTo("fits");
    }

    @Test
    void aDatabaseFailureNamesTheKeyAndTableAndKeepsTheCause() {
        AtomicBoolean down = new AtomicBoolean();
        repository.setDataSource(TestDataSources.failingWhen(H2, down::get, "h2"));
        repository.setTableName("state_failing");
        repository.start();
        repository.setState("stripe:newCharges", "p1");
        down.set(true);

        assertThatThrownBy(() -> repository.setState("stripe:newCharges", "p2"))
                .isInstanceOfSatisfying(StateRepositoryException.class, e -> {
                    assertThat(e).isInstanceOf(StripeException.class);
                    assertThat(e.getKey()).isEqualTo("stripe:newCharges");
                    assertThat(e.getTableName()).isEqualTo("state_failing");
                    assertThat(e.getCause()).isInstanceOf(SQLException.class);
                    assertThat(e.getMessage()).isEqualTo("Could not write state key 'stripe:newCharges' in table"
                            + " state_failing: Connection refused (the test took the database down)");
                });
        assertThatThrownBy(() -> repository.getState("stripe:newCharges"))
                .isInstanceOf(StateRepositoryException.class).hasMessageStartingWith("Could not read state key");

        down.set(false);
        assertThat(repository.getState("stripe:newCharges")).as("the failed write changed nothing").isEqualTo("p1");
        repository.setState("stripe:newCharges", "p2");
        assertThat(repository.getState("stripe:newCharges")).isEqualTo("p2");
    }

    @Test
    void aDatabaseDownAtStartFailsTheStartNamingTheTable() {
        repository.setDataSource(TestDataSources.failingWhen(H2, () -> true, "h2"));
        assertThatThrownBy(repository::start).isInstanceOfSatisfying(StateRepositoryException.class, e -> {
            assertThat(e.getTableName()).isEqualTo("camel_stripe_state");
            assertThat(e.getMessage()).startsWith("Cannot create the state table camel_stripe_state, nor read it")
                    .endsWith(": Connection refused (the test took the database down)");
        });
    }

    @Test
    void toStringNamesTheTableButNotTheDataSource() {
        repository.setDataSource(TestDataSources.failingWhen(H2, () -> false, "jdbc:postgresql://db?password=hunter2"));
        assertThat(repository).hasToString("JdbcStateRepository[table=camel_stripe_state]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PostgreSQL           | state_value TEXT NOT NULL, state_version BIGINT NOT NULL",
        "H2                   | state_value CLOB NOT NULL, state_version BIGINT NOT NULL",
        "MySQL                | state_value MEDIUMTEXT NOT NULL, state_version BIGINT NOT NULL",
        "MariaDB              | state_value MEDIUMTEXT NOT NULL, state_version BIGINT NOT NULL",
        "Microsoft SQL Server | state_value NVARCHAR(MAX) NOT NULL, state_version BIGINT NOT NULL",
        "Oracle               | state_value CLOB NOT NULL, state_version NUMBER(19) NOT NULL"})
    void theTableIsCreatedWithATextTypeOfTheDatabase(String product, String columns) {
        assertThat(new StateTable("positions").createStatement(product)).isEqualTo("CREATE TABLE positions"
                + " (state_key VARCHAR(255) NOT NULL PRIMARY KEY, " + columns + ")");
    }
}
