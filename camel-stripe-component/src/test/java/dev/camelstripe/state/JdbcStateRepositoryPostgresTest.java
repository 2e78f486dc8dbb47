package dev.camelstripe.state;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The repository's contract on a real PostgreSQL server, started from the machine's binaries for the run. */
@ExtendWith(LocalPostgresExtension.class)
class JdbcStateRepositoryPostgresTest extends JdbcStateRepositoryContract {

    static DataSource postgres;

    @BeforeAll
    static void connect(LocalPostgres server) throws Exception {
        // the repository gives every connection back as it found it, so a pool can hand it on
        postgres = TestDataSources.pooled(server.dataSource());
        System.out.println("JdbcStateRepositoryPostgresTest on " + server.version());
    }

    @Override
    DataSource dataSource() {
        return postgres;
    }
}
