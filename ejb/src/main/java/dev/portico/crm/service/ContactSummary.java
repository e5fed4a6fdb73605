package dev.portico.crm.service;

import java.io.Serializable;

public record ContactSummary(String name, String role, String email, String phone) implements Serializable {
}
