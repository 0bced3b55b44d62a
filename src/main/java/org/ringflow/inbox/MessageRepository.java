package org.ringflow.inbox;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MessageRepository extends JpaRepository<Message, Long> {

    Optional<Message> findByMessageSid(String messageSid);

    Page<Message> findByOwnerUserId(Long userId, Pageable page);

    Page<Message> findByOwnerGroupId(Long groupId, Pageable page);

    Page<Message> findByOwnerUserIdOrOwnerGroupIdIn(Long userId, Collection<Long> groupIds, Pageable page);
}
