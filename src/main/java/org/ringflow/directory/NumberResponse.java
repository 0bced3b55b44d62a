package org.ringflow.directory;

record NumberResponse(Long id, String number, String name, Long callFlowId, Long smsFlowId) {

    static NumberResponse of(PhoneNumber number) {
        return new NumberResponse(number.getId(), number.getNumber(), number.getName(), number.getCallFlowId(),
                number.getSmsFlowId());
    }
}
