package dev.portico.crm.domain;

/**
 * An opportunity's stage, in board order. The probability each stage weighs in the forecast is
 * configuration ({@code pipeline_stage}), not code. WON and LOST close an opportunity; WON comes
 * only from signing one of its quotes, so a won opportunity always has an order behind it.
 */
public enum Stage {
    PROSPECTING,
    QUALIFICATION,
    PROPOSAL,
    NEGOTIATION,
    WON,
    LOST;

    public boolean closed() {
        return this == WON || this == LOST;
    }
}
