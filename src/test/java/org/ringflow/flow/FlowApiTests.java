package org.ringflow.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ringflow.directory.PhoneNumber;
import org.ringflow.directory.PhoneNumberRepository;
import org.ringflow.directory.Role;
import org.ringflow.directory.UserRepository;
import org.ringflow.test.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The flows API: validation before deploy, versions, deletion guarded by the numbers using a flow. */
@org.ringflow.test.RingflowTest
abstract class FlowApiTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired FlowRepository flows;
    @Autowired PhoneNumberRepository numbers;
    @Autowired RepositoryService repository;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired org.ringflow.test.Directory directory;

    @BeforeEach
    void admin() {
        Accounts.ensure(users, encoder, "flowagent", Role.AGENT);
    }

    @Test
    void createsAndDeploysAValidCallFlow() throws Exception {
        long before = repository.createProcessDefinitionQuery().count();

        send(post("/api/flows"), Map.of("name", "Main line", "kind", "CALL", "bpmnXml", Diagrams.greetingThenHangup("Hello")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.kind").value("CALL"))
                .andExpect(jsonPath("$.bpmnXml", containsString("id=\"flow_")));

        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(before + 1);
        assertThat(repository.createProcessDefinitionQuery().latestVersion().orderByDeploymentTime().desc().list().get(0)
                .getHistoryTimeToLive()).as("call history is kept for a bounded time").isEqualTo(180);
    }

    @Test
    void acceptsADiagramDrawnInDesktopModelerWithTheElementTemplates() throws Exception {
        String xml = new String(getClass().getResourceAsStream("/flows/desktop-modeler-menu.bpmn").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);

        send(post("/api/flows"), Map.of("name", "From Desktop Modeler", "kind", "CALL", "bpmnXml", xml))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.bpmnXml", containsString("camunda:modelerTemplate=\"org.ringflow.applet.menu\"")))
                .andExpect(jsonPath("$.warnings[0].elementId").value("Activity_0f3k2lm"));
    }

    @Test
    void newFlowWithoutDiagramStartsFromTheQuestion() throws Exception {
        send(post("/api/flows"), Map.of("name", "Texts", "kind", "SMS"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.bpmnXml", containsString("When a text arrives, what should we do?")));
    }

    @Test
    void ringGroupWithoutGroupIsRejectedNamingTheElementAndNothingIsWritten() throws Exception {
        long flowsBefore = flows.count();
        long definitionsBefore = repository.createProcessDefinitionQuery().count();

        send(post("/api/flows"), Map.of("name", "Broken", "kind", "CALL", "bpmnXml", Diagrams.ringGroup(null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].elementId").value("Task_RingSales"))
                .andExpect(jsonPath("$.errors[0].message", containsString("groupId")));

        assertThat(flows.count()).isEqualTo(flowsBefore);
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitionsBefore);
    }

    @Test
    void ringGroupNamingAGroupThatDoesNotExistIsRejected() throws Exception {
        send(post("/api/flows"), Map.of("name", "Broken", "kind", "CALL", "bpmnXml", Diagrams.ringGroup("9999")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].elementId").value("Task_RingSales"))
                .andExpect(jsonPath("$.errors[0].message", containsString("does not exist")));
    }

    @Test
    void refusesScriptsClassesExpressionsAndListeners() throws Exception {
        String script = Diagrams.process().startEvent("Start").scriptTask("Task_Script").scriptFormat("javascript")
                .scriptText("1").endEvent().done().toString();
        String scriptXml = org.camunda.bpm.model.bpmn.Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .scriptTask("Task_Script").scriptFormat("javascript").scriptText("1").endEvent().done());
        expectElementError(scriptXml, "Task_Script");

        String classXml = org.camunda.bpm.model.bpmn.Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Class").camundaClass("java.lang.Runtime").endEvent().done());
        expectElementError(classXml, "Task_Class");

        String listenerXml = org.camunda.bpm.model.bpmn.Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Listen").camundaDelegateExpression("${hangup}")
                .camundaExecutionListenerExpression("start", "${x}").endEvent().done());
        expectElementError(listenerXml, "Task_Listen");

        String expressionOption = Diagrams.greetingThenHangup("${applicationContext}");
        expectElementError(expressionOption, "Task_Greeting");

        String otherCondition = org.camunda.bpm.model.bpmn.Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Hours").camundaDelegateExpression("${businessHours}")
                .camundaInputParameter("timezone", "UTC").camundaInputParameter("schedule", "mon-fri 09:00-17:00")
                .sequenceFlowId("Flow_Evil").condition("evil", "${true}").endEvent().done());
        expectElementError(otherCondition, "Flow_Evil");
        assertThat(script).isNotNull();
    }

    @Test
    void refusesABranchTestingAnOutcomeTheAppletCannotProduce() throws Exception {
        String xml = org.camunda.bpm.model.bpmn.Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Hours").camundaDelegateExpression("${businessHours}")
                .camundaInputParameter("timezone", "UTC").camundaInputParameter("schedule", "mon-fri 09:00-17:00")
                .sequenceFlowId("Flow_Maybe").condition("maybe", "${outcome == 'maybe'}").endEvent().done());
        expectElementError(xml, "Flow_Maybe");
    }

    @Test
    void refusesALoopThatNeverWaitsButAllowsOneThroughAMenu() throws Exception {
        String spinning = org.camunda.bpm.model.bpmn.Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Hello").camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Hi")
                .serviceTask("Task_Again").camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Again")
                .connectTo("Task_Hello").done());
        send(post("/api/flows"), Map.of("name", "Spin", "kind", "CALL", "bpmnXml", spinning))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("would run forever")));

        String menuLoop = org.camunda.bpm.model.bpmn.Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Menu").camundaDelegateExpression("${menu}").camundaInputParameter("prompt", "Press 1")
                .condition("1", "${outcome == '1'}")
                .serviceTask("Task_Again").camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Again")
                .connectTo("Task_Menu").done());
        send(post("/api/flows"), Map.of("name", "Menu loop", "kind", "CALL", "bpmnXml", menuLoop))
                .andExpect(status().isCreated());
    }

    @Test
    void refusesSmsAppletsInCallFlowsAndUnknownApplets() throws Exception {
        String sms = org.camunda.bpm.model.bpmn.Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Reply").camundaDelegateExpression("${smsReply}").camundaInputParameter("message", "hi")
                .endEvent().done());
        expectElementError(sms, "Task_Reply");
        String unknown = org.camunda.bpm.model.bpmn.Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_What").camundaDelegateExpression("${runtimeService}").endEvent().done());
        expectElementError(unknown, "Task_What");
    }

    @Test
    void refusesDoctypeAndGarbage() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&e;</definitions>";
        send(post("/api/flows"), Map.of("name", "XXE", "kind", "CALL", "bpmnXml", xxe))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bpmnXml"))
                .andExpect(jsonPath("$.errors[0].message", containsString("DOCTYPE")));
        send(post("/api/flows"), Map.of("name", "Huge", "kind", "CALL",
                        "bpmnXml", Diagrams.greetingThenHangup("x".repeat(BpmnDocument.MAX_CHARS))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bpmnXml"))
                .andExpect(jsonPath("$.errors[0].message", containsString("larger than")));
        send(post("/api/flows"), Map.of("name", "Junk", "kind", "CALL", "bpmnXml", "not xml"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bpmnXml"));
        send(post("/api/flows"), Map.of("kind", "CALL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        send(post("/api/flows"), Map.of("name", "No kind"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void changedDiagramIsANewVersionButARenameIsNot() throws Exception {
        long id = create("Versioned", Diagrams.greetingThenHangup("One"));

        send(put("/api/flows/" + id), Map.of("name", "Renamed")).andExpect(jsonPath("$.version").value(1));
        send(put("/api/flows/" + id), Map.of("bpmnXml", Diagrams.greetingThenHangup("Two")))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.name").value("Renamed"));
        String current = flows.findById(id).orElseThrow().getBpmnXml();
        send(put("/api/flows/" + id), Map.of("bpmnXml", current)).andExpect(jsonPath("$.version").value(2));

        mvc.perform(get("/api/flows/" + id + "/versions").with(httpBasic("admin", "admin-password")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].version").value(2));
    }

    @Test
    void deletingAFlowInUseIsRefusedNamingTheNumbers() throws Exception {
        long id = create("In use", Diagrams.greetingThenHangup("Hi"));
        PhoneNumber number = new PhoneNumber("+15557770001", "Support");
        number.setCallFlowId(id);
        numbers.save(number);

        mvc.perform(delete("/api/flows/" + id).with(httpBasic("admin", "admin-password")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("+15557770001")));
        mvc.perform(get("/api/flows").with(httpBasic("flowagent", "flowagent-password")))
                .andExpect(jsonPath("$[*].numbers[*].number", hasItem("+15557770001")));

        number.setCallFlowId(null);
        numbers.save(number);
        mvc.perform(delete("/api/flows/" + id).with(httpBasic("admin", "admin-password")))
                .andExpect(status().isNoContent());
        assertThat(flows.findById(id)).isEmpty();
    }

    @Test
    void usersAndGroupsAFlowNamesCannotBeDeletedUntilTheFlowIsChanged() throws Exception {
        org.ringflow.directory.User rung = directory.user("rung", org.ringflow.directory.UserStatus.AVAILABLE);
        org.ringflow.directory.Group team = directory.group("Team", rung);
        long flowId = create("Rings them", org.camunda.bpm.model.bpmn.Bpmn.convertToString(Diagrams.process()
                .startEvent("Start")
                .serviceTask("Task_Ring").camundaDelegateExpression("${ringUser}").camundaInputParameter("userId", rung.getId().toString())
                .serviceTask("Task_Team").camundaDelegateExpression("${ringGroup}").camundaInputParameter("groupId", team.getId().toString())
                .endEvent().done()));

        mvc.perform(delete("/api/users/" + rung.getId()).with(httpBasic("admin", "admin-password")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("Rings them")));
        mvc.perform(delete("/api/groups/" + team.getId()).with(httpBasic("admin", "admin-password")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("Rings them")));

        send(put("/api/flows/" + flowId), Map.of("bpmnXml", Diagrams.greetingThenHangup("Nobody rung"))).andExpect(status().isOk());
        mvc.perform(delete("/api/groups/" + team.getId()).with(httpBasic("admin", "admin-password")))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/users/" + rung.getId()).with(httpBasic("admin", "admin-password")))
                .andExpect(status().isNoContent());
    }

    @Test
    void agentsMayReadButNotChangeFlows() throws Exception {
        mvc.perform(post("/api/flows").with(httpBasic("flowagent", "flowagent-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"kind\":\"CALL\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/flows").with(httpBasic("flowagent", "flowagent-password")))
                .andExpect(status().isOk());
    }

    private long create(String name, String xml) throws Exception {
        String body = send(post("/api/flows"), Map.of("name", name, "kind", "CALL", "bpmnXml", xml))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private void expectElementError(String xml, String elementId) throws Exception {
        send(post("/api/flows"), Map.of("name", "Bad", "kind", "CALL", "bpmnXml", xml))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].elementId", hasItem(elementId)));
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            Map<String, String> body) throws Exception {
        return mvc.perform(request.with(httpBasic("admin", "admin-password"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }
}
