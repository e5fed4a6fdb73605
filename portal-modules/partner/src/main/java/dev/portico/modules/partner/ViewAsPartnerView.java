package dev.portico.modules.partner;

import dev.portico.access.service.OrganisationDirectory;
import dev.portico.access.service.OrganisationEntry;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code partner/view-as.xhtml} in the internal portal: partner support picks the
 * organisation whose portal they want to see (read-only, logged by {@link PartnerViewFilter}),
 * or stops viewing.
 */
@Named
@RequestScoped
public class ViewAsPartnerView {

    @EJB
    private OrganisationDirectory organisations;

    private String organisation;
    private List<OrganisationEntry> all;

    public List<OrganisationEntry> getOrganisations() {
        if (all == null) {
            all = organisations.all();
        }
        return all;
    }

    /** The organisation being viewed now, if any. */
    public String getViewing() {
        Object alias = session().get(PartnerViewFilter.VIEWING);
        return alias == null ? null : organisations.nameOf((String) alias).orElse((String) alias);
    }

    public String view() {
        if (getOrganisations().stream().noneMatch(o -> o.alias().equals(organisation))) {
            return null; // not one of the list: nothing to view
        }
        session().put(PartnerViewFilter.VIEWING, organisation);
        return "/partner/home?faces-redirect=true";
    }

    public String stop() {
        session().remove(PartnerViewFilter.VIEWING);
        return "/index?faces-redirect=true";
    }

    private static Map<String, Object> session() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getSessionMap();
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
