package org.ringflow.directory;

import java.util.List;
import org.ringflow.system.BadRequestException;
import org.ringflow.system.ConflictException;
import org.ringflow.system.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The business's phone numbers and the flows they run. Checks first, then writes. */
@Service
@Transactional
public class NumberService {

    private final PhoneNumberRepository numbers;

    NumberService(PhoneNumberRepository numbers) {
        this.numbers = numbers;
    }

    @Transactional(readOnly = true)
    public List<PhoneNumber> findAll() {
        return numbers.findAll(Sort.by("id"));
    }

    @Transactional(readOnly = true)
    public PhoneNumber get(Long id) {
        return numbers.findById(id).orElseThrow(() -> new NotFoundException("number", id));
    }

    PhoneNumber create(NumberRequest request) {
        String number = RequestFields.e164("number", request.number());
        checkFlows(request.callFlowId(), request.smsFlowId());
        if (numbers.existsByNumber(number)) {
            throw new ConflictException("number", number + " is already a Ringflow number");
        }
        PhoneNumber phoneNumber = new PhoneNumber(number, request.name().trim());
        phoneNumber.setCallFlowId(request.callFlowId());
        phoneNumber.setSmsFlowId(request.smsFlowId());
        return numbers.save(phoneNumber);
    }

    PhoneNumber update(Long id, NumberRequest request) {
        PhoneNumber phoneNumber = get(id);
        String number = RequestFields.e164("number", request.number());
        checkFlows(request.callFlowId(), request.smsFlowId());
        numbers.findByNumber(number).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new ConflictException("number", number + " is already a Ringflow number");
        });
        phoneNumber.setNumber(number);
        phoneNumber.setName(request.name().trim());
        phoneNumber.setCallFlowId(request.callFlowId());
        phoneNumber.setSmsFlowId(request.smsFlowId());
        return phoneNumber;
    }

    void delete(Long id) {
        numbers.delete(get(id));
    }

    /**
     * The flows a number is to run. For now only their shape is checked; once flows exist, a call flow id must
     * name a CALL flow and an SMS flow id an SMS flow (400 naming callFlowId / smsFlowId otherwise).
     */
    private void checkFlows(Long callFlowId, Long smsFlowId) {
        if (callFlowId != null && callFlowId <= 0) {
            throw new BadRequestException("callFlowId", "unknown flow " + callFlowId);
        }
        if (smsFlowId != null && smsFlowId <= 0) {
            throw new BadRequestException("smsFlowId", "unknown flow " + smsFlowId);
        }
    }
}
