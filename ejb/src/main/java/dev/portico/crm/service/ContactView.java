package dev.portico.crm.service;

import java.io.Serializable;

public record ContactView(String name, String role, String email, String phone) implements Serializable {
}
