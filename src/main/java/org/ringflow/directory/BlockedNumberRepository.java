package org.ringflow.directory;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BlockedNumberRepository extends JpaRepository<BlockedNumber, Long> {

    boolean existsByNumber(String number);
}
