package dev.camelstripe.cluster;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A {@link TriggerNode} in a JVM of its own, so that a test can kill it (SIGKILL) with an exchange in flight. It
 * prints {@code DELIVERED <id>} for every object its route receives and, at {@code blockAt}, {@code IN-FLIGHT <id>},
 * then keeps that exchange in flight until the process is killed.
 * <p>
 * Arguments: node name, Stripe API base, API key, JDBC URL, state table, cluster directory, id to block at.
 */
public final class FailoverNodeMain {

    static final String DELIVERED = "DELIVERED ";
    static final String IN_FLIGHT = "IN-FLIGHT ";

    private FailoverNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        String blockAt = args[6];
        CountDownLatch never = new CountDownLatch(1);
        new TriggerNode(args[0], args[1], args[2], TriggerNode.dataSource(args[3]), args[4], Path.of(args[5]), id -> {
            System.out.println(DELIVERED + id);
            if (id.equals(blockAt)) {
                System.out.println(IN_FLIGHT + id);
                never.await();
            }
        }).start();
        never.await();
    }
}
