package dev.portico.it.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsSalesRep;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Must-show 4: while quotes are signed without pause, the WildFly JVM is killed with SIGKILL in
 * the middle of the flow and started again through the launcher, three times, and more until a
 * kill has left a transaction prepared in MariaDB for recovery to finish. Afterwards the database
 * is counted: every quote the CRM shows as signed has exactly one ERP order and one inbox entry,
 * no ERP order lacks its signed quote, every event the ERP's state implies (confirmed, credit
 * hold, each short line) is on the CRM's timeline exactly once, no reservation exceeds its line
 * or the stock; and every signature the client was told had succeeded is SIGNED with its order.
 *
 * <p>The deployment goes through the management API, so WildFly redeploys it when it boots
 * again; Arquillian then undeploys it as usual, and the next test class finds the server it
 * expects (the launcher's process now, stopped by {@code ./portal test-env down}).
 */
@ExtendWith(ArquillianExtension.class)
class CrashRecoveryIT {

    private static final int KILLS = 3;
    /** Kills go on past {@link #KILLS} until one of them has left a transaction in doubt, up to this many. */
    private static final int MAX_KILLS = 8;
    /** Signed quotes and timeline entries that must pass before each kill, and after the last restart. */
    private static final int PROGRESS = 6;
    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        WebArchive driver = ShrinkWrap.create(WebArchive.class, "crash-driver.war").addClass(SigningServlet.class);
        JavaArchive helpers = ShrinkWrap.create(JavaArchive.class, "crash-helpers.jar")
                .addClass(RunAsSalesRep.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return Deployments.portico().addAsModule(helpers).addAsModule(driver);
    }

    private final CrashLedger ledger = new CrashLedger();
    private final TestStackWildFly wildFly = new TestStackWildFly();

    @Test
    void killedMidFlowNoOrderIsLostOrMadeTwiceAndEveryEventArrivesOnce() throws Exception {
        CrashLedger.Fixture fixture = ledger.plant();
        List<Integer> inDoubt = new ArrayList<>();
        Instant started = Instant.now();
        URI signUrl = URI.create(System.getProperty("portico.baseUrl") + "/crash-driver/sign");
        int acknowledged;
        int failed;
        Set<Long> acknowledgedQuotes;
        try (SigningLoad load = SigningLoad.start(signUrl, fixture, 3)) {
            // A kill that lands between prepare and commit is what recovery is for: go on until one has.
            for (int kill = 1; kill <= KILLS || (kill <= MAX_KILLS && inDoubt.stream().allMatch(n -> n == 0)); kill++) {
                awaitProgress(fixture);
                // Somewhere within a few hundred milliseconds of the flow, not at a quiet moment.
                Thread.sleep(ThreadLocalRandom.current().nextInt(400));
                wildFly.kill();
                inDoubt.add(ledger.preparedXaTransactions());
                wildFly.start();
            }
            awaitProgress(fixture);
            acknowledged = load.acknowledged();
            failed = load.failed();
            acknowledgedQuotes = load.acknowledgedQuotes();
        }
        assertTrue(inDoubt.stream().anyMatch(n -> n > 0), "a kill left transactions prepared for recovery to finish: " + inDoubt);

        CrashLedger.Report report = awaitSettled(fixture);
        assertEquals(List.of(), report.problems(), report.summary());
        assertEquals(List.of(), ledger.promisesBroken(fixture, acknowledgedQuotes), "what the client was told holds");
        assertEquals(acknowledged, acknowledgedQuotes.size(), "one acknowledged request per quote");
        Thread.sleep(2_000);
        assertEquals(report, ledger.report(fixture), "nothing arrives late, nothing twice");
        assertEquals(0, ledger.preparedXaTransactions(), "recovery finished every transaction left prepared in MariaDB");
        assertTrue(report.signed() >= (KILLS + 1) * PROGRESS, report.summary());
        System.out.printf("CrashRecoveryIT: %d kills in %d s; %s; client: %d acknowledged, %d failed requests; "
                        + "prepared XA transactions in MariaDB right after each kill: %s%n", inDoubt.size(),
                Duration.between(started, Instant.now()).toSeconds(), report.summary(), acknowledged, failed, inDoubt);
    }

    /** The flow is alive in both directions: new quotes signed and new events on the timeline. */
    private void awaitProgress(CrashLedger.Fixture fixture) throws Exception {
        int signed = ledger.signedQuotes(fixture);
        int timeline = ledger.timelineEntries(fixture);
        Instant deadline = Instant.now().plus(FLOW_TIMEOUT);
        while (ledger.signedQuotes(fixture) < signed + PROGRESS || ledger.timelineEntries(fixture) < timeline + PROGRESS) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the flow did not go on within " + FLOW_TIMEOUT + ": " + ledger.report(fixture).summary());
            }
            Thread.sleep(100);
        }
    }

    /**
     * Redeliveries and recovery may still be finishing: wait until the counts agree and MariaDB
     * holds no prepared transaction (one would be a signature or an order still to appear), or
     * until the timeout, and return what the database says then.
     */
    private CrashLedger.Report awaitSettled(CrashLedger.Fixture fixture) throws Exception {
        Instant deadline = Instant.now().plus(SETTLE_TIMEOUT);
        CrashLedger.Report report = ledger.report(fixture);
        while ((!report.problems().isEmpty() || ledger.preparedXaTransactions() > 0) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            report = ledger.report(fixture);
        }
        return report;
    }
}
