package io.talentgraph.bulk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/** The default progress report of a bulk load: a log line at most every ten seconds, and at each new phase. */
final class LoggedProgress implements Consumer<BulkProgress> {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoader.class);
    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private long lastLogged = System.nanoTime();
    private String lastPhase = "";

    @Override
    public void accept(BulkProgress progress) {
        long now = System.nanoTime();
        if (!progress.phase().equals(lastPhase) || now - lastLogged >= INTERVAL_NANOS) {
            LOG.info("Bulk load: {}", progress.describe());
            lastLogged = now;
            lastPhase = progress.phase();
        }
    }
}
