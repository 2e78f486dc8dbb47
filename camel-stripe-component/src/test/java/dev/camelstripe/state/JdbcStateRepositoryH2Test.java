package dev.camelstripe.state;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The repository's contract on an embedded H2 database, in memory for the run. */
class JdbcStateRepositoryH2Test extends JdbcStateRepositoryContract {

    static final DataSource H2 = h2("state-contract");

    /** An in-memory H2 database that lives until the JVM exits. */
    static DataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    @Override
    DataSource dataSource() {
        return H2;
    }
}
