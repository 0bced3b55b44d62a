package org.ringflow.inbox;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoicemailRepository extends JpaRepository<Voicemail, Long>, InboxItems<Voicemail> {

    Optional<Voicemail> findByRecordingSid(String recordingSid);
}
