package dev.portico.modules.hr;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.hr.service.AbsenceRate;
import dev.portico.hr.service.DepartmentPlan;
import dev.portico.hr.service.HeadcountPoint;
import dev.portico.hr.service.HrSummaries;
import dev.portico.hr.service.HrSummaries.SummaryKind;
import dev.portico.hr.service.MonthFlow;
import dev.portico.hr.service.TeamSummary;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.export.TableExporter;
import dev.portico.shell.Downloads;
import dev.portico.shell.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Backs {@code hr/summary.xhtml}: the caller's team (a manager) or the company (HR) at a glance,
 * the headcount chart with its table alternative, joiners and leavers, the plan; each table
 * exports as CSV or PDF for {@code hr:export}, with the figures the page shows.
 */
@Named
@RequestScoped
public class SummaryView {

    private static final String[] COLOURS = {"#2f6fb0", "#e07b39", "#3a9d5d", "#b23b3b", "#7a5ba6", "#c9a227", "#4aa3a3", "#8c6d46"};

    @EJB
    private HrSummaries summaries;

    @Inject
    private CurrentUser user;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private TeamSummary team;
    private List<HeadcountPoint> headcount;
    private List<MonthFlow> flows;
    private List<DepartmentPlan> plan;
    private Double turnover;
    private List<AbsenceRate> absenceRates;

    public List<AbsenceRate> getAbsenceRates() {
        if (absenceRates == null) {
            absenceRates = summaries.absenceRates(today);
        }
        return absenceRates;
    }

    public TeamSummary getTeam() {
        if (team == null) {
            team = summaries.team(today);
        }
        return team;
    }

    public List<HeadcountPoint> getHeadcount() {
        if (headcount == null) {
            headcount = summaries.headcount(today);
        }
        return headcount;
    }

    public List<MonthFlow> getFlows() {
        if (flows == null) {
            flows = summaries.flows(today);
        }
        return flows;
    }

    public List<DepartmentPlan> getPlan() {
        if (plan == null) {
            plan = summaries.plan();
        }
        return plan;
    }

    public double getTurnover() {
        if (turnover == null) {
            turnover = HrSummaries.turnoverPercent(getFlows(), getHeadcount());
        }
        return turnover;
    }

    public boolean isExportable() {
        return user.allows(Permission.of("hr", Action.EXPORT));
    }

    public boolean isEveryone() {
        return user.allows(Permission.of("hr", Action.EDIT));
    }

    /** Chart.js configuration for {@code p:chart}: stacked bars, one dataset per department. */
    public String getHeadcountChart() {
        TreeSet<LocalDate> months = new TreeSet<>();
        Map<String, Map<LocalDate, Long>> byDepartment = new LinkedHashMap<>();
        for (HeadcountPoint point : getHeadcount()) {
            months.add(point.monthEnd());
            byDepartment.computeIfAbsent(point.department(), d -> new LinkedHashMap<>()).put(point.monthEnd(), point.headcount());
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(month -> labels.add(month.toString().substring(0, 7)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, Map<LocalDate, Long>> department : byDepartment.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            months.forEach(month -> data.add(department.getValue().getOrDefault(month, 0L)));
            datasets.add(Json.createObjectBuilder().add("label", department.getKey()).add("data", data)
                    .add("backgroundColor", COLOURS[i++ % COLOURS.length]));
        }
        var axis = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("aspectRatio", 2.5)
                        .add("scales", Json.createObjectBuilder().add("x", axis).add("y", Json.createObjectBuilder().add("stacked", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    public void exportCsv(String kind) {
        export(kind, ExportFormat.CSV);
    }

    public void exportPdf(String kind) {
        export(kind, ExportFormat.PDF);
    }

    private void export(String kind, ExportFormat format) {
        SummaryKind summary = SummaryKind.valueOf(kind.toUpperCase(Locale.ROOT));
        Downloads.send(TableExporter.export(summaries.export(summary, today), format, "hr-" + summary.name().toLowerCase(Locale.ROOT)
                + "-" + today));
    }

    /** The months of the headcount table, newest first, each with its departments. */
    public List<HeadcountPoint> getHeadcountTable() {
        List<HeadcountPoint> rows = new ArrayList<>(getHeadcount());
        rows.sort((a, b) -> b.monthEnd().compareTo(a.monthEnd()));
        return rows;
    }
}
