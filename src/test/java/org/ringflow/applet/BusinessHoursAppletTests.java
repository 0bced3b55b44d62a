package org.ringflow.applet;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ringflow.test.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

class BusinessHoursAppletTests extends AppletTestSupport {

    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static BpmnModelInstance hours() {
        return process().startEvent().serviceTask("Task_Hours").camundaDelegateExpression("${businessHours}")
                .camundaInputParameter("timezone", "Europe/Berlin")
                .camundaInputParameter("schedule", "mon-fri 09:00-17:00; sat 10:00-12:00")
                .camundaInputParameter("holidays", "2026-12-24")
                .condition("open", "${outcome == 'open'}").endEvent("End_Open")
                .moveToNode("Task_Hours").condition("closed", "${outcome == 'closed'}").endEvent("End_Closed")
                .done();
    }

    @Test
    void openDuringHoursInTheFlowsTimezone() {
        clock.set(Instant.parse("2026-11-24T07:30:00Z")); // 08:30 in Berlin: not yet
        assertThat(start(hours()).instance()).hasPassed("End_Closed");
        clock.set(Instant.parse("2026-11-24T08:00:00Z")); // 09:00 in Berlin
        assertThat(start(hours()).instance()).hasPassed("End_Open");
        clock.set(Instant.parse("2026-11-28T10:30:00Z")); // Saturday 11:30 in Berlin
        assertThat(start(hours()).instance()).hasPassed("End_Open");
    }

    @Test
    void closedOnHolidaysAndAfterHours() {
        clock.set(Instant.parse("2026-12-24T10:00:00Z")); // Thursday, a holiday
        assertThat(start(hours()).instance()).hasPassed("End_Closed");
        clock.set(Instant.parse("2026-11-24T16:00:00Z")); // 17:00 in Berlin: closed
        assertThat(start(hours()).instance()).hasPassed("End_Closed");
    }
}
