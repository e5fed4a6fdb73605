package dev.portico.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person at a customer. Personal data stays in the CRM: no message to the ERP carries it.
 * Read on the account's 360° page; made when a qualified lead becomes an account.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    /** The lead's contact person, the first contact of the account it became. */
    public static Contact of(CustomerAccount account, String name, String email, String phone) {
        Contact contact = new Contact();
        contact.account = account;
        contact.name = name;
        contact.email = email;
        contact.phone = phone;
        return contact;
    }

    public Long getId() {
        return id;
    }
}
