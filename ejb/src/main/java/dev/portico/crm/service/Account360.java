package dev.portico.crm.service;

import java.io.Serializable;
import java.util.List;

/**
 * Everything about one account in one read: the account, its contacts, recent interactions,
 * quotes, the order timeline, the balance and its tickets. A section the caller may not read
 * (no {@code orders:view}, no {@code service:view}) is empty and flagged as hidden, not absent
 * by accident. {@code balance} is null until the ERP has reported one. {@code cadence} is the
 * account's tier and re-order rhythm.
 */
public record Account360(AccountSummary account, AccountCadence cadence, List<ContactSummary> contacts, List<InteractionSummary> interactions,
                         boolean ordersVisible, List<QuoteSummary> quotes, List<TimelineEntry> timeline,
                         BalanceSummary balance, boolean ticketsVisible, List<TicketSummary> tickets)
        implements Serializable {

    public Account360 {
        contacts = List.copyOf(contacts);
        interactions = List.copyOf(interactions);
        quotes = List.copyOf(quotes);
        timeline = List.copyOf(timeline);
        tickets = List.copyOf(tickets);
    }
}
