package dev.portico.crm.service;

import dev.portico.crm.domain.Stage;
import java.io.Serializable;
import java.time.LocalDate;

/** Null fields do not filter; the close-date range is inclusive. */
public record OpportunityFilter(Stage stage, String owner, LocalDate closingFrom, LocalDate closingTo) implements Serializable {

    public static final OpportunityFilter ANY = new OpportunityFilter(null, null, null, null);
}
