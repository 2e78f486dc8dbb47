package dev.camelstripe.cluster;

import javax.sql.DataSource;

import dev.camelstripe.state.LocalPostgres;
import dev.camelstripe.state.LocalPostgresExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The failover on the test run's PostgreSQL server. */
@ExtendWith(LocalPostgresExtension.class)
class FailoverPostgresTest extends FailoverContract {

    private static LocalPostgres postgres;

    @BeforeAll
    static void database(LocalPostgres server) {
        postgres = server;
    }

    @Override
    DataSource database() {
        return postgres.dataSource();
    }

    @Override
    String jdbcUrl() {
        return postgres.jdbcUrl() + "?user=" + LocalPostgres.USER;
    }
}
