package dev.portico.modules.partner;

import dev.portico.crm.domain.Territory;
import dev.portico.crm.partner.NewRegistration;
import dev.portico.crm.partner.PartnerRegistration;
import dev.portico.crm.partner.PartnerRegistrations;
import dev.portico.shell.PageActions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/** Backs {@code partner/registrations.xhtml}: register a deal, and the organisation's registrations with the company's decision. */
@Named
@RequestScoped
public class RegistrationsView {

    @EJB
    private PartnerRegistrations registrations;

    private List<PartnerRegistration> mine;
    private String company;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String city;
    private String country;
    private Territory territory;
    private BigDecimal estimate;
    private String notes;

    public List<PartnerRegistration> getMine() {
        if (mine == null) {
            mine = registrations.mine();
        }
        return mine;
    }

    public void register() {
        if (PageActions.run(PartnerPages.MESSAGES, "registrations.done", () -> registrations.register(new NewRegistration(company, contactName,
                blank(contactEmail), blank(contactPhone), blank(city), blank(country), territory, estimate, blank(notes))), List.of())) {
            mine = null;
            company = null;
            contactName = null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<Territory> getTerritories() {
        return List.of(Territory.values());
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Territory getTerritory() {
        return territory;
    }

    public void setTerritory(Territory territory) {
        this.territory = territory;
    }

    public BigDecimal getEstimate() {
        return estimate;
    }

    public void setEstimate(BigDecimal estimate) {
        this.estimate = estimate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
