package org.ringflow.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactRepository extends JpaRepository<Contact, Long> {

    /** Contacts having this E.164 number among theirs, oldest first. */
    @Query("select c from Contact c where :number member of c.phoneNumbers order by c.id")
    List<Contact> findByPhoneNumber(String number);
}
