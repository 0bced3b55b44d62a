package org.ringflow.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A number bought from Twilio; calls to it run its call flow, texts its SMS flow. Either may be unset. */
@Entity
@Table(name = "phone_number")
public class PhoneNumber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private String name;
    private Long callFlowId;
    private Long smsFlowId;

    protected PhoneNumber() {
    }

    public PhoneNumber(String number, String name) {
        this.number = number;
        this.name = name;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getCallFlowId() { return callFlowId; }
    public void setCallFlowId(Long callFlowId) { this.callFlowId = callFlowId; }
    public Long getSmsFlowId() { return smsFlowId; }
    public void setSmsFlowId(Long smsFlowId) { this.smsFlowId = smsFlowId; }
}
