package dev.camelstripe.cluster;

import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The failover on H2 run as a TCP server on a free loopback port, so that a node in another JVM shares it. */
class FailoverH2Test extends FailoverContract {

    private static Server server;
    private static String url;

    @BeforeAll
    static void startServer() throws SQLException {
        server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:failover-" + UUID.randomUUID()
              + ";DB_CLOSE_DELAY=-1";
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Override
    DataSource database() {
        return TriggerNode.dataSource(url);
    }

    @Override
    String jdbcUrl() {
        return url;
    }
}
