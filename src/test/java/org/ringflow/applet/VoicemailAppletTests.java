package org.ringflow.applet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.ringflow.directory.User;
import org.ringflow.directory.UserStatus;
import org.ringflow.inbox.Inbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class VoicemailAppletTests extends AppletTestSupport {

    @Autowired JdbcTemplate jdbc;
    @Autowired Inbox inbox;

    static BpmnModelInstance voicemail(User owner, boolean transcribe) {
        return process().startEvent().serviceTask("Task_Voicemail").camundaDelegateExpression("${voicemail}")
                .camundaInputParameter("userId", owner.getId().toString())
                .camundaInputParameter("maxLengthSeconds", "60")
                .camundaInputParameter("transcribe", String.valueOf(transcribe))
                .condition("recorded", "${outcome == 'recorded'}").endEvent("End_Recorded")
                .moveToNode("Task_Voicemail").condition("empty", "${outcome == 'empty'}").endEvent("End_Empty")
                .done();
    }

    @Test
    void recordsAfterTheGreetingAndMovesOnEvenWhenNothingIsRecorded() {
        User alice = directory.user("alice", UserStatus.AVAILABLE);

        Step step = start(voicemail(alice, true));

        assertThat(step.instance()).isWaitingAt("Task_Voicemail");
        assertThat(step.text("/Response/Say")).isEqualTo("Please leave a message after the beep.");
        assertThat(step.text("/Response/Record/@maxLength")).isEqualTo("60");
        assertThat(step.text("/Response/Record/@recordingStatusCallback")).endsWith("user:" + alice.getId());
        assertThat(step.text("/Response/Record/@transcribe")).isEqualTo("true");
        assertThat(step.text("/Response/Redirect")).isEqualTo(step.text("/Response/Record/@action"));
    }

    @Test
    void aRecordingIsStoredInTheOwnersInboxBeforeTheFlowMovesOn() {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        Step step = start(voicemail(alice, false));

        Step recorded = signal(step, new Callback(null, null, null, "https://example.com/RE1", "RE" + alice.getId(), 14));

        assertThat(recorded.instance()).isEnded().hasPassed("End_Recorded");
        assertThat(jdbc.queryForObject("select duration_seconds from voicemail where recording_sid = ? and owner_user_id = ?",
                Integer.class, "RE" + alice.getId(), alice.getId())).isEqualTo(14);
    }

    @Test
    void nothingRecordedLeavesByEmptyAndStoresNothing() {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        Step step = start(voicemail(alice, false));

        Step empty = signal(step, Callback.empty());

        assertThat(empty.instance()).isEnded().hasPassed("End_Empty");
        assertThat(jdbc.queryForObject("select count(*) from voicemail where owner_user_id = ?", Integer.class, alice.getId()))
                .isZero();
    }
}
