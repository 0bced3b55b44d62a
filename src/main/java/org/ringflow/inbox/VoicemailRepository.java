package org.ringflow.inbox;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoicemailRepository extends JpaRepository<Voicemail, Long> {

    Optional<Voicemail> findByRecordingSid(String recordingSid);

    Page<Voicemail> findByOwnerUserId(Long userId, Pageable page);

    Page<Voicemail> findByOwnerGroupId(Long groupId, Pageable page);

    Page<Voicemail> findByOwnerUserIdOrOwnerGroupIdIn(Long userId, Collection<Long> groupIds, Pageable page);
}
