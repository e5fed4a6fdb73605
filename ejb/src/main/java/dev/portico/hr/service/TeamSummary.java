package dev.portico.hr.service;

import java.io.Serializable;
import java.util.List;

/**
 * A manager's (or HR's) team at a glance: people in service, absence days this month and this
 * quarter (calendar days within the period), who is away today and this week, open positions, and
 * leavers of the team who still own customer accounts (a finding to act on).
 */
public record TeamSummary(long headcount, long absenceDaysThisMonth, long absenceDaysThisQuarter, List<Away> awayToday,
                          List<Away> awayThisWeek, List<OpenPosition> openPositions, List<LeaverFinding> leaversOwningAccounts)
        implements Serializable {
}
