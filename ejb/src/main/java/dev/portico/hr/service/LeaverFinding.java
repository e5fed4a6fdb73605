package dev.portico.hr.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A leaver who still owns customer accounts in the CRM: their manager (or HR) should hand them
 * over. Only the count crosses from the CRM, never an account's data.
 */
public record LeaverFinding(String username, String displayName, LocalDate lastDay, long accounts) implements Serializable {
}
