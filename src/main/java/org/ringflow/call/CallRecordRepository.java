package org.ringflow.call;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CallRecordRepository extends JpaRepository<CallRecord, String> {

    /** The call's row, locked until the transaction ends: one webhook of a call at a time, on any node. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CallRecord c where c.callSid = :callSid")
    Optional<CallRecord> lock(String callSid);

    @Query("select c from CallRecord c where (:userId is null or c.answeredByUserId = :userId)"
            + " and (:numberId is null or c.numberId = :numberId)"
            + " and (:status is null or c.status = :status)")
    Page<CallRecord> search(Long userId, Long numberId, String status, Pageable page);
}
