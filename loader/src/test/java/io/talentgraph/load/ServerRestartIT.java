package io.talentgraph.load;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Databases;
import io.talentgraph.connect.ServerConfig;
import io.talentgraph.connect.Transaction;
import io.talentgraph.connect.TransactionWork;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.testing.ForwardingDatabase;
import io.talentgraph.testing.LongSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server goes away in the middle of a load's transaction and comes back on the same port. The driver's
 * transaction functions must retry the load on the restarted server and finish without duplicates.
 */
@LongSuite
class ServerRestartIT {

    private static final Logger LOG = LoggerFactory.getLogger(ServerRestartIT.class);

    @TempDir
    Path home;

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * The driver's database, except that the third statement of one chosen write transaction waits until
     * the test has stopped the server: so the restart is certain to fall inside a transaction.
     */
    private static Database pausingOnce(Database real, AtomicBoolean armed, CountDownLatch paused, CountDownLatch resume) {
        return new ForwardingDatabase(real) {
            @Override
            public <T> T write(TransactionWork<T> work) {
                return real.write(tx -> {
                    AtomicInteger statements = new AtomicInteger();
                    Transaction pausing = (cypher, parameters) -> {
                        if (statements.incrementAndGet() == 3 && armed.compareAndSet(true, false)) {
                            paused.countDown();
                            await(resume);
                        }
                        return tx.run(cypher, parameters);
                    };
                    return work.execute(pausing);
                });
            }

            @Override
            public void close() {
                real.close();
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(2, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aServerRestartInTheMiddleOfALoadIsRetriedAndLeavesNoDuplicate() throws Exception {
        String bolt = "127.0.0.1:" + freeLoopbackPort();
        EmbeddedOptions options = EmbeddedOptions.at(home.resolve("store")).withBolt(bolt).withPageCache("32m");
        EmbeddedNeo4j server = EmbeddedNeo4j.open(options);
        List<Dataset> datasets = ConcurrentLoadsIT.overlappingDatasets(6);
        AtomicBoolean armed = new AtomicBoolean(false);
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        List<LoadReport> reports = new ArrayList<>();

        try (Database db = pausingOnce(Databases.connect(ServerConfig.of("bolt://" + bolt)
                .withMaxRetryTime(Duration.ofSeconds(90))), armed, paused, resume)) {
            CompletableFuture<Void> loads = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < datasets.size(); i++) {
                    armed.set(i == 2);
                    reports.add(new GraphLoader(db).load(datasets.get(i)));
                }
            });
            await(paused);
            long stopped = System.nanoTime();
            server.close();
            resume.countDown();
            server = EmbeddedNeo4j.open(options);
            LOG.info("FIGURES restart: server down and up again in {} ms", (System.nanoTime() - stopped) / 1_000_000);
            loads.get(3, TimeUnit.MINUTES);

            assertThat(reports).hasSize(datasets.size());
            assertThat(reports.get(2).attempts()).as("the interrupted load ran again").isGreaterThan(1);
            assertThat(reports).filteredOn(r -> r != reports.get(2)).allMatch(r -> r.attempts() == 1);
            ConcurrentLoadsIT.assertGraphHoldsExactlyTheUnion(server, datasets);
        } finally {
            server.close();
        }
    }
}
