package dev.portico.audit.service.internal;

import dev.portico.audit.domain.LedgerCheckpoint;
import dev.portico.audit.domain.LedgerEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where the signed ledger checkpoints live outside the database: one line per committed append
 * in {@code <server data dir>/portico/ledger-checkpoints.log} (or {@code PORTICO_LEDGER_CHECKPOINTS}),
 * and the same line in the server log. The signing key comes from {@code PORTICO_LEDGER_KEY}; the
 * demo's default is refused in production mode by the launcher. Copy the file off the host, or
 * keep the audit page's export: a copy the database's users cannot reach is what makes a rolled
 * back tail visible.
 */
@ApplicationScoped
public class LedgerCheckpoints {

    static final String DEMO_KEY = "portico-ledger-demo-key";
    private static final Logger LOG = Logger.getLogger(LedgerCheckpoints.class.getName());

    private final Clock clock = Clock.systemUTC();

    /** Signs and keeps the head after {@code entry}; called once its transaction has committed. */
    public synchronized LedgerCheckpoint record(LedgerEntry entry) {
        LedgerCheckpoint checkpoint = LedgerCheckpoint.sign(entry.seq(), entry.hash(), clock.instant(), key());
        try {
            Path file = file();
            Files.createDirectories(file.getParent());
            Files.writeString(file, checkpoint.line() + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // The ledger entry has committed: losing its checkpoint weakens the anchor but loses no entry.
            LOG.severe(() -> "Could not write ledger checkpoint " + entry.seq() + ": " + e);
        }
        LOG.info(() -> "Ledger checkpoint " + checkpoint.line());
        return checkpoint;
    }

    /** The checkpoint of the highest entry number in the file, if any (appends may commit out of order). */
    public synchronized Optional<LedgerCheckpoint> latest() {
        Path file = file();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            LedgerCheckpoint latest = null;
            for (String line : lines) {
                if (!line.isBlank()) {
                    LedgerCheckpoint checkpoint = LedgerCheckpoint.parse(line);
                    if (latest == null || checkpoint.seq() >= latest.seq()) {
                        latest = checkpoint;
                    }
                }
            }
            return Optional.ofNullable(latest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ledger checkpoints " + file, e);
        }
    }

    public byte[] key() {
        return System.getenv().getOrDefault("PORTICO_LEDGER_KEY", DEMO_KEY).getBytes(StandardCharsets.UTF_8);
    }

    Path file() {
        String configured = System.getenv("PORTICO_LEDGER_CHECKPOINTS");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "portico", "ledger-checkpoints.log");
    }
}
