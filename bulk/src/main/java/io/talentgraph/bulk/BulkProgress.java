package io.talentgraph.bulk;

import java.time.Duration;

/**
 * Where a bulk load is, reported after each batch (and now and then while validating).
 *
 * @param phase         {@code validating}, or the part being written: {@code people}, {@code organizations},
 *                      {@code sources}, {@code source links}, {@code facts}; then {@code talent flow}
 * @param done          records done so far in the whole load (validation counts on its own)
 * @param total         records in the whole load, or 0 while not yet known
 * @param rowsPerSecond records per second since the phase began
 * @param eta           the time left at that rate, or {@code null} when unknown
 */
public record BulkProgress(String phase, long done, long total, double rowsPerSecond, Duration eta) {

    /** @return e.g. {@code facts 1,250,000 / 4,100,000 rows (30%), 41,200 rows/s, ETA 1m09s} */
    public String describe() {
        StringBuilder sb = new StringBuilder(phase).append(' ').append(String.format("%,d", done));
        if (total > 0) {
            sb.append(" / ").append(String.format("%,d", total)).append(" rows (").append(done * 100 / total).append("%)");
        } else {
            sb.append(" rows");
        }
        sb.append(", ").append(String.format("%,.0f", rowsPerSecond)).append(" rows/s");
        if (eta != null) {
            long s = eta.toSeconds();
            sb.append(", ETA ").append(s >= 3600 ? s / 3600 + "h" + String.format("%02dm", s % 3600 / 60)
                    : s >= 60 ? s / 60 + "m" + String.format("%02ds", s % 60) : s + "s");
        }
        return sb.toString();
    }
}
