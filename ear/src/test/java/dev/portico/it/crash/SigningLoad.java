package dev.portico.it.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Client threads that sign quotes through {@link SigningServlet} without pause, whatever the
 * server is doing: while it is down they fail and try again. What the client saw is reported,
 * never trusted: a request whose answer was lost in the kill may or may not have signed its
 * quote, and only the database can say.
 */
final class SigningLoad implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI signUrl;
    private final CrashLedger.Fixture fixture;
    private final ExecutorService threads;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    /** The quotes the client was told were signed (the servlet answers their id after the signature committed). */
    private final Set<Long> acknowledgedQuotes = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    private SigningLoad(URI signUrl, CrashLedger.Fixture fixture, int threadCount) {
        this.signUrl = signUrl;
        this.fixture = fixture;
        this.threads = Executors.newFixedThreadPool(threadCount);
        IntStream.range(0, threadCount).forEach(i -> threads.submit(this::signUntilClosed));
    }

    static SigningLoad start(URI signUrl, CrashLedger.Fixture fixture, int threadCount) {
        return new SigningLoad(signUrl, fixture, threadCount);
    }

    int acknowledged() {
        return acknowledged.get();
    }

    Set<Long> acknowledgedQuotes() {
        return Set.copyOf(acknowledgedQuotes);
    }

    int failed() {
        return failed.get();
    }

    private void signUntilClosed() {
        while (running) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(signUrl)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(randomOrder())).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    acknowledged.incrementAndGet();
                    acknowledgedQuotes.add(Long.parseLong(response.body().strip()));
                    continue;
                }
                failed.incrementAndGet();
            } catch (IOException e) {
                failed.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause();
        }
    }

    /** One or two lines of the fixture's products, one to three of each, for one of its accounts. */
    private String randomOrder() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Long> accounts = fixture.accounts();
        List<String> skus = fixture.skus();
        int first = random.nextInt(skus.size());
        int lines = 1 + random.nextInt(2);
        return "account=" + accounts.get(random.nextInt(accounts.size())) + IntStream.range(0, lines)
                .mapToObj(i -> "&line=" + skus.get((first + i) % skus.size()) + "*" + (1 + random.nextInt(3)))
                .collect(Collectors.joining());
    }

    private void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        threads.shutdown();
        if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
    }
}
