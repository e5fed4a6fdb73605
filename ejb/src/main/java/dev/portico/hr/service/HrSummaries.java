package dev.portico.hr.service;

import dev.portico.platform.export.Table;
import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * HR summaries ({@code hr:view}) over the caller's scope: a manager's team (TEAM) or the whole
 * company (HR). Every figure is one set-based SQL query over indexed columns; exports need
 * {@code hr:export} and carry the same figures as the page.
 */
@Local
public interface HrSummaries {

    /** The months a headcount chart shows: this one and the eleven before it. */
    int MONTHS = 12;

    TeamSummary team(@NotNull LocalDate today);

    /** Month-end headcount per department for the {@link #MONTHS} months up to {@code today}'s. */
    List<HeadcountPoint> headcount(@NotNull LocalDate today);

    /** Joiners and leavers per month, same months. */
    List<MonthFlow> flows(@NotNull LocalDate today);

    /** Leavers of the last twelve months over the average month-end headcount, in percent (one decimal). */
    double turnoverPercent(@NotNull LocalDate today);

    /**
     * Turnover from figures already read: leavers of the months over their average month-end
     * headcount, in percent with one decimal (so a page that shows both queries once).
     */
    static double turnoverPercent(List<MonthFlow> flows, List<HeadcountPoint> headcount) {
        long leavers = flows.stream().mapToLong(MonthFlow::leavers).sum();
        long months = flows.size(); // every month, also one with nobody in scope
        double average = months == 0 ? 0 : headcount.stream().mapToLong(HeadcountPoint::headcount).sum() / (double) months;
        return average == 0 ? 0 : Math.round(leavers * 1000 / average) / 10.0;
    }

    /** Absence rate per department, then per absence type, this month against last. */
    List<AbsenceRate> absenceRates(@NotNull LocalDate today);

    /** People in service per department against the plan, with open positions. */
    List<DepartmentPlan> plan();

    /** One summary as a table to export ({@code hr:export}): headcount, flows, plan or absence rates. */
    Table export(@NotNull SummaryKind kind, @NotNull LocalDate today);

    /** The summaries that export. */
    enum SummaryKind { HEADCOUNT, FLOWS, PLAN, ABSENCE }
}
