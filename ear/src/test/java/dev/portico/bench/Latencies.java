package dev.portico.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Times a call many times after a warm-up and reports p50, p95 and mean in milliseconds. */
final class Latencies {

    record Result(String scenario, int samples, double p50, double p95, double mean) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |", scenario, samples, p50, p95, mean);
        }
    }

    private Latencies() {
    }

    static Result measure(String scenario, int warmUp, int samples, Callable<?> call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.call();
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            call.call();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        return new Result(scenario, samples, percentile(nanos, 50), percentile(nanos, 95), mean);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
