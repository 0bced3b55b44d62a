package org.ringflow.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GroupRepository extends JpaRepository<Group, Long> {

    boolean existsByName(String name);

    Optional<Group> findByName(String name);

    @Query("select g from Group g where :userId member of g.memberIds")
    List<Group> findByMember(Long userId);
}
