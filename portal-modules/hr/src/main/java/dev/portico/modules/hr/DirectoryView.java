package dev.portico.modules.hr;

import dev.portico.hr.service.DirectoryEntry;
import dev.portico.hr.service.StaffDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code directory/list.xhtml?q=…}: the directory, searched by name, title or department. */
@Named
@RequestScoped
public class DirectoryView {

    static final int PAGE = 100;

    @EJB
    private StaffDirectory directory;

    private String q;
    private List<DirectoryEntry> entries;
    private long count;

    public void load() {
        String text = q == null || q.isBlank() ? null : q.strip();
        entries = directory.search(text, 0, PAGE);
        count = directory.count(text);
    }

    public List<DirectoryEntry> getEntries() {
        return entries;
    }

    public long getCount() {
        return count;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.length() <= 100 ? q : q.substring(0, 100);
    }
}
