package org.ringflow.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Someone who calls or texts the business; agents see the name instead of a bare number. */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String company;
    private String email;
    private String notes;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_number", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @Column(name = "number")
    private List<String> phoneNumbers = new ArrayList<>();
    private Instant createdAt;

    protected Contact() {
    }

    public Contact(String name) {
        this.name = name;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<String> getPhoneNumbers() { return List.copyOf(phoneNumbers); }
    public void setPhoneNumbers(List<String> phoneNumbers) {
        this.phoneNumbers.clear();
        this.phoneNumbers.addAll(phoneNumbers);
    }
    public Instant getCreatedAt() { return createdAt; }
}
