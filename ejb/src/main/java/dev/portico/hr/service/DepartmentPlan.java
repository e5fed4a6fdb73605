package dev.portico.hr.service;

import java.io.Serializable;

/** A department's people in service against its headcount plan, and its open positions. */
public record DepartmentPlan(String departmentCode, String department, long headcount, long planned, long openPositions)
        implements Serializable {
}
