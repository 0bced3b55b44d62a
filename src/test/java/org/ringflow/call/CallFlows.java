package org.ringflow.call;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.ringflow.directory.Group;
import org.ringflow.directory.User;
import org.ringflow.flow.Diagrams;

/** The call flows the end-to-end call tests (and the call routing benchmark) run. */
public final class CallFlows {

    private CallFlows() {
    }

    public static String menu() {
        return Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Menu").camundaDelegateExpression("${menu}")
                .camundaInputParameter("prompt", "For sales press 1, for support press 2.")
                .camundaInputParameter("invalidMessage", "That key does nothing.")
                .condition("1", "${outcome == '1'}").serviceTask("Task_Sales").camundaDelegateExpression("${greeting}")
                .camundaInputParameter("say", "Connecting you to sales.").endEvent("End_Sales")
                .moveToNode("Task_Menu").condition("2", "${outcome == '2'}").serviceTask("Task_Support")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Connecting you to support.").endEvent("End_Support")
                .moveToNode("Task_Menu").condition("timeout", "${outcome == 'timeout'}").serviceTask("Task_Timeout")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "We did not hear a choice.").endEvent("End_Timeout")
                .moveToNode("Task_Menu").condition("invalid", "${outcome == 'invalid'}").serviceTask("Task_Invalid")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Too many wrong keys.").endEvent("End_Invalid")
                .done());
    }

    static String ringUser(User user) {
        return Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Ring").camundaDelegateExpression("${ringUser}")
                .camundaInputParameter("userId", user.getId().toString())
                .condition("answered", "${outcome == 'answered'}").serviceTask("Task_Thanks")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Thanks for calling.").endEvent("End_Answered")
                .moveToNode("Task_Ring").condition("unavailable", "${outcome == 'unavailable'}").serviceTask("Task_Away")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Your party is not available.").endEvent("End_Away")
                .done());
    }

    /** Rings the group one by one for 15 seconds each, then takes a message for the group. */
    static String ringGroupThenVoicemail(Group group) {
        return Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_RingSales").camundaDelegateExpression("${ringGroup}")
                .camundaInputParameter("groupId", group.getId().toString())
                .camundaInputParameter("strategy", "sequential").camundaInputParameter("timeoutSeconds", "15")
                .condition("answered", "${outcome == 'answered'}").endEvent("End_Answered")
                .moveToNode("Task_RingSales").condition("no-answer", "${outcome == 'no-answer'}")
                .serviceTask("Task_Voicemail").camundaDelegateExpression("${voicemail}")
                .camundaInputParameter("groupId", group.getId().toString()).endEvent("End_Voicemail")
                .done());
    }

    static String voicemailOrNotice(User user) {
        return Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Voicemail").camundaDelegateExpression("${voicemail}")
                .camundaInputParameter("userId", user.getId().toString())
                .camundaInputParameter("greeting", "Speak now.")
                .condition("empty", "${outcome == 'empty'}").serviceTask("Task_Bye").camundaDelegateExpression("${greeting}")
                .camundaInputParameter("say", "No message was recorded.").endEvent("End_Empty")
                .moveToNode("Task_Voicemail").condition("recorded", "${outcome == 'recorded'}").endEvent("End_Recorded")
                .done());
    }

    static String transcribedVoicemail(User user) {
        return Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Voicemail").camundaDelegateExpression("${voicemail}")
                .camundaInputParameter("userId", user.getId().toString())
                .camundaInputParameter("transcribe", "true").endEvent().done());
    }

    /** Open Monday to Friday 9 to 5 in New York, closed on Christmas Day 2026. */
    static String businessHours() {
        return Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Hours").camundaDelegateExpression("${businessHours}")
                .camundaInputParameter("timezone", "America/New_York")
                .camundaInputParameter("schedule", "mon-fri 09:00-17:00")
                .camundaInputParameter("holidays", "2026-12-25")
                .condition("open", "${outcome == 'open'}").serviceTask("Task_Open").camundaDelegateExpression("${greeting}")
                .camundaInputParameter("say", "We are open.").endEvent("End_Open")
                .moveToNode("Task_Hours").condition("closed", "${outcome == 'closed'}").serviceTask("Task_Closed")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "We are closed.").endEvent("End_Closed")
                .done());
    }

    static String exploding() {
        return Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Boom").camundaDelegateExpression("${explode}").endEvent().done());
    }
}
