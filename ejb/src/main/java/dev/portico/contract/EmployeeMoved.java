package dev.portico.contract;

/**
 * HR moved someone (mover): department, manager or territory changed. The data scopes read HR's
 * placements per request, so they follow without this event; it is for the ledger and for
 * contexts that keep something per person.
 */
public record EmployeeMoved(String username, String fromDepartment, String toDepartment, String fromManager,
                            String toManager, String fromTerritory, String toTerritory, String reason) {
}
