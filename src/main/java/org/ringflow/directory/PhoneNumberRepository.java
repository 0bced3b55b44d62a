package org.ringflow.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhoneNumberRepository extends JpaRepository<PhoneNumber, Long> {

    Optional<PhoneNumber> findByNumber(String number);

    boolean existsByNumber(String number);

    List<PhoneNumber> findByCallFlowIdOrSmsFlowId(Long callFlowId, Long smsFlowId);
}
