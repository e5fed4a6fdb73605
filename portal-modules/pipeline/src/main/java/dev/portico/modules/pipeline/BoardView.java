package dev.portico.modules.pipeline;

import dev.portico.crm.domain.Stage;
import dev.portico.crm.service.Board;
import dev.portico.crm.service.NewOpportunity;
import dev.portico.crm.service.Opportunities;
import dev.portico.crm.service.OpportunityFilter;
import dev.portico.crm.service.OpportunitySummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Backs {@code pipeline/board.xhtml}: one column per stage (the service caps each), an owner filter, a new opportunity. */
@Named
@RequestScoped
public class BoardView {

    @EJB
    private Opportunities opportunities;

    private String owner;
    private Board board;

    private Long accountId;
    private String name;
    private BigDecimal amount;
    private String currency = "EUR";
    private LocalDate closeDate;
    private Long opened;

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }

    public List<OpportunitySummary> column(Stage stage) {
        return board().column(stage);
    }

    public long count(Stage stage) {
        return board().count(stage);
    }

    private Board board() {
        if (board == null) {
            board = opportunities.board(filter());
        }
        return board;
    }

    public int getColumnLimit() {
        return Opportunities.BOARD_COLUMN;
    }

    private OpportunityFilter filter() {
        return new OpportunityFilter(null, owner == null || owner.isBlank() ? null : owner.strip(), null, null);
    }

    private Long moveId;
    private String moveTo;
    private String moveNote;

    /** A card dropped on another column (portico.js fills the hidden form): the same move as the opportunity page's. */
    public void move() {
        Stage to;
        try {
            to = Stage.valueOf(moveTo == null ? "" : moveTo);
        } catch (IllegalArgumentException tampered) {
            dev.portico.shell.PageActions.warn(jakarta.faces.context.FacesContext.getCurrentInstance(), "stage: no such stage");
            return;
        }
        PipelinePages.run(PipelinePages.MESSAGES, "opportunity.moved", () -> opportunities.move(moveId == null ? 0 : moveId, to, moveNote));
        board = null;
    }

    public Long getMoveId() {
        return moveId;
    }

    public void setMoveId(Long moveId) {
        this.moveId = moveId;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public String getMoveNote() {
        return moveNote;
    }

    public void setMoveNote(String moveNote) {
        this.moveNote = moveNote;
    }

    public String open() {
        boolean done = PipelinePages.run(PipelinePages.MESSAGES, "board.opened", () -> opened = opportunities.open(new NewOpportunity(
                accountId == null ? 0 : accountId, name, null, null, amount, currency, closeDate)).id());
        return done ? "/pipeline/opportunity?faces-redirect=true&id=" + opened : null;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getCloseDate() {
        return closeDate;
    }

    public void setCloseDate(LocalDate closeDate) {
        this.closeDate = closeDate;
    }
}
