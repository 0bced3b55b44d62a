package org.ringflow.inbox;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MessageRepository extends JpaRepository<Message, Long>, InboxItems<Message> {

    Optional<Message> findByMessageSid(String messageSid);
}
