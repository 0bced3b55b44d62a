package org.ringflow.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ringflow.system.BadRequestException;
import org.ringflow.system.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who call and text the business. Checks first, then writes. */
@Service
@Transactional
public class ContactService {

    private final ContactRepository contacts;

    ContactService(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @Transactional(readOnly = true)
    public List<Contact> findAll() {
        return contacts.findAll(Sort.by("id"));
    }

    @Transactional(readOnly = true)
    public Contact get(Long id) {
        return contacts.findById(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    /** The contact having this number (any format that normalises to E.164), the oldest if several do. */
    @Transactional(readOnly = true)
    public Optional<Contact> lookup(String rawNumber) {
        String number = RequestFields.e164("number", rawNumber);
        return contacts.findByPhoneNumber(number).stream().findFirst();
    }

    Contact create(ContactRequest request) {
        List<String> numbers = checkNumbers(request.phoneNumbers());
        Contact contact = new Contact(request.name().trim());
        apply(contact, request, numbers);
        return contacts.save(contact);
    }

    Contact update(Long id, ContactRequest request) {
        Contact contact = get(id);
        List<String> numbers = checkNumbers(request.phoneNumbers());
        apply(contact, request, numbers);
        return contact;
    }

    void delete(Long id) {
        contacts.delete(get(id));
    }

    private static void apply(Contact contact, ContactRequest request, List<String> numbers) {
        contact.setName(request.name().trim());
        contact.setCompany(RequestFields.blankToNull(request.company()));
        contact.setEmail(RequestFields.blankToNull(request.email()));
        contact.setNotes(RequestFields.blankToNull(request.notes()));
        contact.setPhoneNumbers(numbers);
    }

    private static List<String> checkNumbers(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> numbers = new ArrayList<>();
        for (String each : raw) {
            String number = RequestFields.e164("phoneNumbers", each);
            if (numbers.contains(number)) {
                throw new BadRequestException("phoneNumbers", number + " is listed twice");
            }
            numbers.add(number);
        }
        return numbers;
    }
}
