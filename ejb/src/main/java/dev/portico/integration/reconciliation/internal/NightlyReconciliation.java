package dev.portico.integration.reconciliation.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * Runs the reconciliation every night at {@code PORTICO_RECONCILIATION_AT} (server time, HH:mm,
 * default 02:30; {@code off} disables it). A non-persistent timer: a night missed while the
 * server was down is not made up at start-up, the next one comes on time. On several nodes each
 * runs its own; set {@code off} on all but one.
 */
@Singleton
@Startup
@PermitAll
public class NightlyReconciliation {

    private static final Logger LOG = Logger.getLogger(NightlyReconciliation.class.getName());
    static final String STARTED_BY = "nightly schedule";

    @Resource
    private TimerService timers;

    @EJB
    private ReconciliationLauncher launcher;

    @PostConstruct
    void schedule() {
        String at = System.getenv().getOrDefault("PORTICO_RECONCILIATION_AT", "02:30").strip();
        if ("off".equalsIgnoreCase(at)) {
            LOG.info("Nightly reconciliation is off");
            return;
        }
        try {
            LocalTime time = LocalTime.parse(at);
            timers.createCalendarTimer(new ScheduleExpression().hour(time.getHour()).minute(time.getMinute()).second(0),
                    new TimerConfig(STARTED_BY, false));
            LOG.info(() -> "Nightly reconciliation at " + time);
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "PORTICO_RECONCILIATION_AT=" + at + " is not HH:mm or off; no nightly reconciliation");
        }
    }

    @Timeout
    void run() {
        launcher.launch(STARTED_BY);
    }
}
