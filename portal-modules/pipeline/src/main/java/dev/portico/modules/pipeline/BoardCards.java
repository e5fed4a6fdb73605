package dev.portico.modules.pipeline;

import dev.portico.crm.service.OpportunitySummary;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;

/**
 * One board column's cards, {@code <pipe:cards value="#{boardView.column(stage)}"/>}: the same
 * markup a {@code ui:repeat} of EL expressions wrote (portico.js makes each card draggable by its
 * {@code data-opportunity}), written straight to the response. Why a component: the board's
 * 120 cards cost ten EL evaluations each, and those, through the resolver chain, were most of the
 * page's time (JFR, docs/speed.md#sales-pipeline); here a card costs its escaping. Text goes
 * through {@link ResponseWriter#writeText}, so names are escaped as any Faces output.
 */
@FacesComponent(createTag = true, tagName = "cards", namespace = BoardCards.NAMESPACE)
public class BoardCards extends UIComponentBase {

    public static final String NAMESPACE = "portico.pipeline";

    @Override
    public String getFamily() {
        return "portico.pipeline";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<OpportunitySummary> cards = (List<OpportunitySummary>) getAttributes().get("value");
        if (cards == null || cards.isEmpty()) {
            return;
        }
        ResponseWriter out = context.getResponseWriter();
        String link = context.getExternalContext().getRequestContextPath() + "/pipeline/opportunity.xhtml?id=";
        NumberFormat money = NumberFormat.getNumberInstance(context.getViewRoot().getLocale());
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        for (OpportunitySummary o : cards) {
            out.startElement("article", this);
            out.writeAttribute("class", "portico-card", null);
            out.writeAttribute("data-opportunity", o.id(), null);
            out.startElement("a", this);
            out.writeURIAttribute("href", link + o.id(), null);
            out.writeText(o.name(), null);
            out.endElement("a");
            div(out, null, o.accountName());
            div(out, null, (o.amount() == null ? "" : money.format(o.amount())) + " " + Objects.toString(o.currency(), ""));
            div(out, "hint", o.closeDate() + " · " + o.owner());
            out.endElement("article");
        }
    }

    private void div(ResponseWriter out, String styleClass, String text) throws IOException {
        out.startElement("div", this);
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, null);
        }
        out.writeText(text == null ? "" : text, null);
        out.endElement("div");
    }
}
