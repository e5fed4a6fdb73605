package dev.portico.erp.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A supplier's counter-proposal to an open purchase order: other quantities or delivery dates
 * for some of its lines, which the warehouse accepts (the order takes them and counts as
 * confirmed) or rejects with a reason (the order stays open, the supplier confirms or proposes
 * again). One proposal at a time.
 */
@Entity
@Table(name = "purchase_order_change")
public class PurchaseOrderChange {

    public static final int MAX_NOTE_LENGTH = 500;

    public enum Status { PROPOSED, ACCEPTED, REJECTED }

    /** One line as the supplier proposes it. */
    @Embeddable
    public static class Line {

        @Column(nullable = false, length = 32)
        private String sku;

        @Column(nullable = false)
        private int quantity;

        @Column(name = "promised_date", nullable = false)
        private LocalDate promisedDate;

        protected Line() {
        }

        public Line(String sku, int quantity, LocalDate promisedDate) {
            this.sku = sku;
            this.quantity = quantity;
            this.promisedDate = promisedDate;
        }

        public String getSku() {
            return sku;
        }

        public int getQuantity() {
            return quantity;
        }

        public LocalDate getPromisedDate() {
            return promisedDate;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "purchase_order_id", nullable = false)
    private long purchaseOrderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(length = MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @ElementCollection
    @CollectionTable(name = "purchase_order_change_line", joinColumns = @JoinColumn(name = "change_id"))
    private List<Line> lines = new ArrayList<>();

    protected PurchaseOrderChange() {
    }

    /** A proposal for lines the order has, each once, with a positive quantity and a date from {@code today} on. */
    public static PurchaseOrderChange propose(PurchaseOrder order, String by, Instant now, String note, List<Line> lines, LocalDate today) {
        if (order.getStatus() != PurchaseOrderStatus.OPEN) {
            throw new OrderStateException("purchase order " + order.getId() + " is " + order.getStatus() + ": changes are proposed while it is open");
        }
        if (lines.isEmpty()) {
            throw new OrderStateException("a change proposes at least one line");
        }
        Set<String> seen = new HashSet<>();
        for (Line line : lines) {
            if (order.getLines().stream().noneMatch(l -> l.getSku().equals(line.getSku())) || !seen.add(line.getSku())) {
                throw new OrderStateException(line.getSku() + ": not a line of purchase order " + order.getId() + ", or named twice");
            }
            if (line.getQuantity() <= 0) {
                throw new OrderStateException(line.getSku() + ": a proposed quantity is positive");
            }
            if (line.getPromisedDate() == null || line.getPromisedDate().isBefore(today)) {
                throw new OrderStateException(line.getSku() + ": the proposed date is missing or in the past");
            }
        }
        PurchaseOrderChange change = new PurchaseOrderChange();
        change.purchaseOrderId = order.getId() == null ? 0 : order.getId();
        change.status = Status.PROPOSED;
        change.note = note == null || note.isBlank() ? null : note.strip();
        change.proposedBy = by;
        change.proposedAt = now;
        change.lines = new ArrayList<>(lines);
        return change;
    }

    public void decide(boolean accepted, String by, String reason, Instant now) {
        if (status != Status.PROPOSED) {
            throw new OrderStateException("the change to purchase order " + purchaseOrderId + " is already " + status);
        }
        status = accepted ? Status.ACCEPTED : Status.REJECTED;
        decidedBy = by;
        decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPurchaseOrderId() {
        return purchaseOrderId;
    }

    public Status getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public List<Line> getLines() {
        return List.copyOf(lines);
    }
}
