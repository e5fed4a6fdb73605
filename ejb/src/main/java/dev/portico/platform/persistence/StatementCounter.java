package dev.portico.platform.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** EclipseLink's hook for {@link StatementCount}: registered in persistence.xml, one increment per statement. */
public class StatementCounter extends SessionEventAdapter {

    @Override
    public void preExecuteCall(SessionEvent event) {
        StatementCount.increment();
    }
}
