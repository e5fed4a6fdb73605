package dev.portico.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person at a customer. Personal data stays in the CRM: no message to the ERP carries it.
 * Mapped for reading (the account's 360° page); nothing in Portico edits contacts yet.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private CustomerAccount account;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 100)
    private String role;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    protected Contact() {
    }
}
