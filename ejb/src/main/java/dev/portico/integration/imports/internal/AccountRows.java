package dev.portico.integration.imports.internal;

import dev.portico.access.domain.Organisation;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.domain.Territory;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Accounts for the CRM. Each becomes a prospect, as an account opened on screen does, and is
 * announced with the same {@code AccountOpenedEvent}. The account's name is the key: accounts
 * have no other natural key, and an import that overwrote the CRM's master data would bypass its
 * owners and history, so a name already in the CRM is refused rather than updated.
 */
final class AccountRows implements RowKind<AccountRows.Row> {

    record Row(String name, Territory territory, String owner, Long partnerId, String city, String country) {
    }

    private static final String TERRITORIES = Arrays.stream(Territory.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final EntityManager em;
    private final LongConsumer opened;
    private final Set<String> staff = new HashSet<>();
    private final Map<String, Long> distributors = new HashMap<>();

    AccountRows(EntityManager em, LongConsumer opened) {
        this.em = em;
        this.opened = opened;
        em.createNativeQuery("SELECT username FROM hr_placement").getResultList()
                .forEach(name -> staff.add(((String) name).toLowerCase(Locale.ROOT)));
        em.createQuery("SELECT o.alias, o.id FROM Organisation o WHERE o.kind = dev.portico.access.domain.OrganisationKind.DISTRIBUTOR",
                Object[].class).getResultList().forEach(r -> distributors.put(((String) r[0]).toLowerCase(Locale.ROOT), (Long) r[1]));
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("name", "territory", "owner");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("partner", "city", "country");
    }

    @Override
    public Row parse(RowFields fields, List<String> problems) {
        String name = fields.text("name", CustomerAccount.MAX_NAME_LENGTH, true, problems);
        String territoryText = fields.text("territory", 20, true, problems);
        Territory territory = null;
        if (territoryText != null) {
            try {
                territory = Territory.valueOf(territoryText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add("territory must be one of " + TERRITORIES + ", not '" + territoryText + "'");
            }
        }
        String owner = fields.text("owner", 100, true, problems);
        if (owner != null && !staff.contains(owner.toLowerCase(Locale.ROOT))) {
            problems.add("owner '" + owner + "' is not a member of staff");
        }
        String partner = fields.text("partner", 64, false, problems);
        Long partnerId = partner == null ? null : distributors.get(partner.toLowerCase(Locale.ROOT));
        if (partner != null && partnerId == null) {
            problems.add("partner '" + partner + "' is not a known distributor (use its alias, like northwind)");
        }
        String city = fields.text("city", 100, false, problems);
        String country = fields.text("country", 100, false, problems);
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            problems.add("country must be a two-letter ISO code, not '" + country + "'");
        }
        return problems.isEmpty() ? new Row(name, territory, owner, partnerId, city, country) : null;
    }

    @Override
    public String key(Row row) {
        return row.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Map<String, String> checkStored(List<Row> chunk) {
        Map<String, String> problems = new HashMap<>();
        em.createQuery("SELECT a.name FROM CustomerAccount a WHERE a.name IN :names", String.class)
                .setParameter("names", chunk.stream().map(Row::name).toList())
                .getResultList()
                .forEach(name -> problems.put(name.toLowerCase(Locale.ROOT), "an account named '" + name
                        + "' already exists (an import only creates accounts)"));
        return problems;
    }

    @Override
    public int write(List<Row> chunk) {
        Instant now = Instant.now();
        List<CustomerAccount> accounts = new ArrayList<>(chunk.size());
        for (Row row : chunk) {
            Organisation partner = row.partnerId() == null ? null : em.getReference(Organisation.class, row.partnerId());
            CustomerAccount account = CustomerAccount.prospect(row.name(), row.territory(), row.owner(), partner, row.city(),
                    row.country(), now);
            em.persist(account);
            accounts.add(account);
        }
        em.flush();
        accounts.forEach(account -> opened.accept(account.getId()));
        em.clear();
        return 0;
    }
}
