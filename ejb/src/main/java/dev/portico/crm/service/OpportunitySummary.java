package dev.portico.crm.service;

import dev.portico.crm.domain.Stage;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An opportunity on the board and in lists. */
public record OpportunitySummary(long id, String name, long accountId, String accountName, String owner, Stage stage,
                                 BigDecimal amount, String currency, LocalDate closeDate, String nextStep, LocalDate nextStepDate)
        implements Serializable {
}
