package org.ringflow.directory;

import java.time.Instant;
import java.util.List;

record ContactResponse(Long id, String name, String company, String email, List<String> phoneNumbers, String notes,
        Instant createdAt) {

    static ContactResponse of(Contact contact) {
        return new ContactResponse(contact.getId(), contact.getName(), contact.getCompany(), contact.getEmail(),
                contact.getPhoneNumbers(), contact.getNotes(), contact.getCreatedAt());
    }
}
