package dev.portico.shell.spi;

import dev.portico.access.domain.Permission;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A {@link DashboardWidget} described by values, as {@link DeclaredModule} is for modules: the
 * title is the {@code titleKey} of the module's bundle; {@link #text} and {@link #money} give the
 * figures' labels and amounts in the user's locale.
 */
public abstract class DeclaredWidget implements DashboardWidget {

    private final String id;
    private final String bundle;
    private final String titleKey;
    private final Permission requiredPermission;
    private final int ranking;

    protected DeclaredWidget(String id, String bundle, String titleKey, Permission requiredPermission, int ranking) {
        this.id = id;
        this.bundle = bundle;
        this.titleKey = titleKey;
        this.requiredPermission = requiredPermission;
        this.ranking = ranking;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(Locale locale) {
        return text(locale, titleKey);
    }

    @Override
    public Permission requiredPermission() {
        return requiredPermission;
    }

    @Override
    public int ranking() {
        return ranking;
    }

    protected String text(Locale locale, String key) {
        return ResourceBundle.getBundle(bundle, locale).getString(key);
    }

    /** An amount with two decimals in the locale's digits, and its currency code. */
    protected static String money(Locale locale, BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount == null ? BigDecimal.ZERO : amount) + " " + currency;
    }

    /** A count read from a capped list: "200+" when the cap was reached. */
    protected static String capped(int size, int cap) {
        return size >= cap ? cap + "+" : Integer.toString(size);
    }
}
