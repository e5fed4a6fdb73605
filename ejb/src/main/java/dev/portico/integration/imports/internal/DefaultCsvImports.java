package dev.portico.integration.imports.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.AccessGuard;
import dev.portico.contract.Destinations;
import dev.portico.contract.EmployeeJoined;
import dev.portico.crm.event.AccountOpenedEvent;
import dev.portico.erp.service.ProductCatalog;
import dev.portico.integration.imports.CsvImports;
import dev.portico.integration.imports.ImportResult;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.io.InputStream;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * One transaction per file: rows are written chunk by chunk while the file is read, and if any
 * row was bad the transaction is marked for rollback, so nothing of the file remains. Accounts
 * are an integration feed ({@code integration:edit}: no job role edits every territory's
 * customers); products belong to whoever keeps the catalogue ({@code products:edit}).
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultCsvImports implements CsvImports {

    private static final Logger LOG = Logger.getLogger(DefaultCsvImports.class.getName());

    static final Permission ACCOUNTS = Permission.of("integration", Action.EDIT);
    static final Permission PRODUCTS = Permission.of("products", Action.EDIT);
    static final Permission STAFF = Permission.of("hr", Action.EDIT);

    /** Joiners by import are announced like hires on screen: the access context ledgers each. */
    @Inject
    private Event<EmployeeJoined> joined;

    @EJB
    private AccessGuard guard;

    @EJB
    private ProductCatalog catalog;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** As the CRM side, joining the transaction: an account's announcement commits or rolls back with the account. */
    @Inject
    @JMSConnectionFactory(Destinations.CRM_SIDE_FACTORY)
    private JMSContext jms;

    @Resource(lookup = Destinations.ACCOUNT_EVENTS_QUEUE)
    private Queue accountEvents;

    @Resource
    private SessionContext session;

    @Override
    public ImportResult importAccounts(InputStream csv) {
        String caller = guard.require(ACCOUNTS).caller().username();
        Instant now = Instant.now();
        return finish(caller, new ImportRun<>(new AccountRows(em,
                id -> jms.createProducer().send(accountEvents, AccountOpenedEvent.of(id, now).toJson()))).read(csv));
    }

    @Override
    public ImportResult importProducts(InputStream csv) {
        String caller = guard.require(PRODUCTS).caller().username();
        return finish(caller, new ImportRun<>(new ProductRows(em, catalog)).read(csv));
    }

    @Override
    public ImportResult importEmployees(InputStream csv) {
        String caller = guard.require(STAFF).caller().username();
        return finish(caller, new ImportRun<>(new EmployeeRows(em, joined::fire, caller)).read(csv));
    }

    @Override
    public ImportResult importAbsences(InputStream csv) {
        String caller = guard.require(STAFF).caller().username();
        return finish(caller, new ImportRun<>(new AbsenceRows(em, caller)).read(csv));
    }

    private ImportResult finish(String caller, ImportResult result) {
        if (!result.accepted()) {
            session.setRollbackOnly();
            LOG.info(() -> caller + "'s " + result.kind() + " import refused: " + result.errorCount() + " bad row(s) of " + result.rows());
        } else {
            LOG.info(() -> caller + " imported " + result.kind() + ": " + result.created() + " created, " + result.updated() + " updated");
        }
        return result;
    }
}
