package dev.portico.api.staff;

import dev.portico.api.problem.Problem;
import dev.portico.hr.service.AbsenceRate;
import dev.portico.hr.service.DepartmentPlan;
import dev.portico.hr.service.HeadcountPoint;
import dev.portico.hr.service.HrSummaries;
import dev.portico.hr.service.MonthFlow;
import dev.portico.hr.service.TeamSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HR summaries ({@code hr:view}) over the caller's scope: a manager's team, or everyone for HR. */
@Path("/hr/summaries")
@Tag(name = "hr", description = "HR summaries: team at a glance, headcount, joiners and leavers, plan")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class HrSummariesResource {

    @EJB
    private HrSummaries summaries;

    @Operation(operationId = "getTeamSummary", summary = "Headcount, absence days, who is away, open positions")
    @GET
    @Path("/team")
    public TeamSummary team() {
        return summaries.team(today());
    }

    @Operation(operationId = "getHeadcount", summary = "Month-end headcount per department, last 12 months")
    @GET
    @Path("/headcount")
    public List<HeadcountPoint> headcount() {
        return summaries.headcount(today());
    }

    @Operation(operationId = "getJoinersAndLeavers", summary = "Joiners and leavers per month, last 12 months")
    @GET
    @Path("/flows")
    public List<MonthFlow> flows() {
        return summaries.flows(today());
    }

    @Operation(operationId = "getAbsenceRates", summary = "Absence per department and per type, this month against last")
    @GET
    @Path("/absence")
    public List<AbsenceRate> absence() {
        return summaries.absenceRates(today());
    }

    @Operation(operationId = "getHeadcountPlan", summary = "Headcount against plan per department, with open positions")
    @GET
    @Path("/plan")
    public List<DepartmentPlan> plan() {
        return summaries.plan();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
