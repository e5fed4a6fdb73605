package dev.portico.crm.service.internal;

import dev.portico.access.query.ScopedQueries;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.service.ForecastRow;
import dev.portico.crm.service.Forecasts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The forecast as one grouped query over the caller's pipeline scope joined to the stage
 * settings (so a changed probability applies at once; the account is joined only where the scope
 * needs it), on the (owner, close date) index, plus the quarter's targets for the reps
 * in scope. A rep with a target and no opportunity still gets a row: zero against the target.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultForecasts implements Forecasts {

    private static final String SELECT = "SELECT o.ownerUsername, o.currency, COUNT(o), "
            + "SUM(CASE WHEN s.closed = FALSE THEN o.amount ELSE 0 END), "
            + "SUM(o.amount * s.probability), "
            + "SUM(CASE WHEN s.committed = TRUE THEN o.amount ELSE 0 END), "
            + "SUM(CASE WHEN o.stage = dev.portico.crm.domain.Stage.WON THEN o.amount ELSE 0 END)";

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Override
    public List<ForecastRow> quarter(String quarter) {
        ScopeGrant grant = guard.require(DefaultOpportunities.VIEW);
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = quarter.charAt(6) - '0';
        LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        Map<String, ForecastRow> rows = new TreeMap<>();
        boolean lean = DefaultOpportunities.lean(grant);
        for (Object[] r : scoped.of(grant, lean ? CrmScopes.OPPORTUNITY_BY_OWNER : CrmScopes.OPPORTUNITY)
                .and("s.stage = o.stage")
                .and("o.closeDate >= :from", "from", from)
                .and("o.closeDate <= :to", "to", to)
                .selectGrouped(SELECT + DefaultOpportunities.from(grant) + ", StageSetting s", "o.ownerUsername, o.currency", Object[].class)
                .getResultList()) {
            String owner = (String) r[0];
            String currency = (String) r[1];
            rows.put(owner + " " + currency, new ForecastRow(owner, currency, ((Number) r[2]).longValue(), money(r[3]),
                    money(r[4]).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP), money(r[5]), money(r[6]), null));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> targets = em.createNativeQuery("SELECT username, amount, currency FROM sales_target WHERE quarter = ?")
                .setParameter(1, quarter).getResultList();
        for (Object[] t : targets) {
            String owner = (String) t[0];
            String currency = (String) t[2];
            if (!grant.covers(null, owner, null)) {
                continue;
            }
            ForecastRow row = rows.get(owner + " " + currency);
            rows.put(owner + " " + currency, row == null
                    ? new ForecastRow(owner, currency, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, money(t[1]))
                    : new ForecastRow(owner, currency, row.opportunities(), row.pipeline(), row.weighted(), row.committed(), row.won(), money(t[1])));
        }
        List<ForecastRow> result = new ArrayList<>(rows.values());
        result.sort(Comparator.comparing(ForecastRow::owner).thenComparing(ForecastRow::currency));
        return result;
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
