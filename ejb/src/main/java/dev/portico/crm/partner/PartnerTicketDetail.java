package dev.portico.crm.partner;

import java.io.Serializable;
import java.util.List;

public record PartnerTicketDetail(PartnerTicket ticket, List<PartnerTicketComment> comments) implements Serializable {

    public PartnerTicketDetail {
        comments = List.copyOf(comments);
    }
}
