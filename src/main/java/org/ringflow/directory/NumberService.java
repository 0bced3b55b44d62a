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
    private final FlowReferences flows;

    NumberService(PhoneNumberRepository numbers, FlowReferences flows) {
        this.numbers = numbers;
        this.flows = flows;
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

    /** A call flow id must name a CALL flow and an SMS flow id an SMS flow (400 naming the field otherwise). */
    private void checkFlows(Long callFlowId, Long smsFlowId) {
        checkFlow("callFlowId", callFlowId, "CALL");
        checkFlow("smsFlowId", smsFlowId, "SMS");
    }

    private void checkFlow(String field, Long flowId, String kind) {
        if (flowId == null) {
            return;
        }
        String actual = flows.kindOf(flowId).orElseThrow(() -> new BadRequestException(field, "unknown flow " + flowId));
        if (!actual.equals(kind)) {
            throw new BadRequestException(field, "flow " + flowId + " is a " + actual + " flow, not a " + kind + " flow");
        }
    }
}
