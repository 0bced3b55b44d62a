package org.ringflow.applet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ringflow.directory.Group;
import org.ringflow.directory.UserStatus;
import org.ringflow.inbox.Inbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SMS applets: reply, to inbox, forward. */
class SmsAppletTests extends AppletTestSupport {

    @Autowired Inbox inbox;
    @Autowired JdbcTemplate jdbc;

    @Test
    void replyFillsInSenderNumberAndBody() {
        Step step = startText(process().startEvent().serviceTask("Task_Reply").camundaDelegateExpression("${smsReply}")
                .camundaInputParameter("message", "{{from}} wrote {{body}} to {{to}}").endEvent().done(),
                Map.of(FlowVariables.FROM, "+15550001111", FlowVariables.TO, "+15550002222", FlowVariables.BODY, "hi"));

        assertThat(step.instance()).isEnded();
        assertThat(step.text("/Response/Message")).isEqualTo("+15550001111 wrote hi to +15550002222");
    }

    @Test
    void forwardSendsTheTextOnNamingTheSender() {
        Step step = startText(process().startEvent().serviceTask("Task_Forward").camundaDelegateExpression("${smsForward}")
                .camundaInputParameter("number", "+15550003333").endEvent().done(),
                Map.of(FlowVariables.FROM, "+15550001111", FlowVariables.TO, "+15550002222", FlowVariables.BODY, "hi"));

        assertThat(step.text("/Response/Message/@to")).isEqualTo("+15550003333");
        assertThat(step.text("/Response/Message")).isEqualTo("From +15550001111: hi");
    }

    @Test
    void toInboxFilesTheStoredTextForTheGroup() {
        Group group = directory.group("Texts", directory.user("t", UserStatus.AVAILABLE));
        String sid = "SM" + group.getId() + "x";
        long messageId = inbox.receiveText(sid, "+15550001111", "+15550002222", "hi", List.of()).message().getId();

        startText(process().startEvent().serviceTask("Task_Inbox").camundaDelegateExpression("${smsInbox}")
                .camundaInputParameter("groupId", group.getId().toString()).endEvent().done(),
                Map.of(FlowVariables.FROM, "+15550001111", FlowVariables.MESSAGE_ID, messageId));

        assertThat(jdbc.queryForObject("select owner_group_id from message where id = ?", Long.class, messageId))
                .isEqualTo(group.getId());
    }
}
