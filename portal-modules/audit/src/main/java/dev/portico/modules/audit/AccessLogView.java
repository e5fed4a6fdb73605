package dev.portico.modules.audit;

import dev.portico.access.service.AccessLog;
import dev.portico.access.service.AccessLogEntry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code audit/access-log.xhtml}: refused out-of-scope requests and views of sensitive data, newest first. */
@Named
@ViewScoped
public class AccessLogView implements Serializable {

    @EJB
    private transient AccessLog log;

    private String username;
    /** Whose record was looked at (an employee's username, an account's id): "who looked at bob's salary band?". */
    private String subject;
    private List<AccessLogEntry> entries;

    @PostConstruct
    void load() {
        entries = log.entries(username, subject, AccessLog.MAX_ENTRIES);
    }

    public void search() {
        load();
    }

    public List<AccessLogEntry> getEntries() {
        return entries;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
