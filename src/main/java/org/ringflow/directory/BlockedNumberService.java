package org.ringflow.directory;

import java.util.List;
import org.ringflow.system.ConflictException;
import org.ringflow.system.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Callers whose calls and texts are refused before any flow runs ("Mark as spam" adds them here). */
@Service
@Transactional
public class BlockedNumberService {

    private final BlockedNumberRepository blocked;

    BlockedNumberService(BlockedNumberRepository blocked) {
        this.blocked = blocked;
    }

    @Transactional(readOnly = true)
    public List<BlockedNumber> findAll() {
        return blocked.findAll(Sort.by("id"));
    }

    @Transactional(readOnly = true)
    public BlockedNumber get(Long id) {
        return blocked.findById(id).orElseThrow(() -> new NotFoundException("blocked number", id));
    }

    /** Whether calls and texts from this number (any format) are to be refused. */
    @Transactional(readOnly = true)
    public boolean isBlocked(String number) {
        return E164.normalize(number).map(blocked::existsByNumber).orElse(false);
    }

    BlockedNumber block(BlockedNumberRequest request, String createdBy) {
        String number = RequestFields.e164("number", request.number());
        if (blocked.existsByNumber(number)) {
            throw new ConflictException("number", number + " is already blocked");
        }
        return blocked.save(new BlockedNumber(number, RequestFields.blankToNull(request.reason()), createdBy));
    }

    void unblock(Long id) {
        blocked.delete(get(id));
    }
}
