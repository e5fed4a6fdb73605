package dev.portico.api.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per user: {@code perMinute} writes in a burst, refilled evenly over a minute.
 * Kept in this server's memory; on a cluster each node keeps its own, so a client's budget there
 * is at most the nodes' sum, still bounded.
 */
final class WriteBudget {

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    WriteBudget(int perMinute) {
        this.perMinute = perMinute;
    }

    int perMinute() {
        return perMinute;
    }

    /** 0 if {@code user} may write now (and the write is counted), else the seconds until one more is allowed. */
    long take(String user, long nowNanos) {
        Bucket bucket = buckets.computeIfAbsent(user, u -> new Bucket(perMinute, nowNanos));
        synchronized (bucket) {
            double refill = (nowNanos - bucket.updatedNanos) / 60e9 * perMinute;
            bucket.tokens = Math.min(perMinute, bucket.tokens + refill);
            bucket.updatedNanos = nowNanos;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) * 60.0 / perMinute);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updatedNanos;

        private Bucket(double tokens, long updatedNanos) {
            this.tokens = tokens;
            this.updatedNanos = updatedNanos;
        }
    }
}
