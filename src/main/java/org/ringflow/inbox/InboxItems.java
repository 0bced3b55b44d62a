package org.ringflow.inbox;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/** What texts and voicemails have in common: they sit in a user's or a group's inbox. */
@NoRepositoryBean
interface InboxItems<T> extends Repository<T, Long> {

    Page<T> findAll(Pageable page);

    Page<T> findByOwnerUserId(Long userId, Pageable page);

    Page<T> findByOwnerGroupId(Long groupId, Pageable page);

    Page<T> findByOwnerUserIdOrOwnerGroupIdIn(Long userId, Collection<Long> groupIds, Pageable page);
}
