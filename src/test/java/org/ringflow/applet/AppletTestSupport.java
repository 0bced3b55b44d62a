package org.ringflow.applet;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.ringflow.test.Directory;
import org.ringflow.test.RingflowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Runs one applet in a small process on the real engine, as a webhook would: each start or signal inside a
 * Turn, whose TwiML the test reads with XPath. Assertions use camunda-bpm-assert.
 */
@RingflowTest
abstract class AppletTestSupport {

    @Autowired ProcessEngine engine;
    @Autowired Directory directory;

    /** What one engine call produced. */
    record Step(ProcessInstance instance, String twiml, Turn.Waiting waiting) {

        String text(String xpath) {
            try {
                Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader(twiml)));
                return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.STRING);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> texts(String xpath) {
            try {
                Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader(twiml)));
                NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < nodes.getLength(); i++) {
                    texts.add(nodes.item(i).getTextContent().trim());
                }
                return texts;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final CallbackUrls URLS = new CallbackUrls() {
        @Override
        public String step(String step) {
            return "http://ringflow.test/step/" + step;
        }

        @Override
        public String recordingStatus(String owner) {
            return "http://ringflow.test/recording/" + owner;
        }

        @Override
        public String transcription(String owner) {
            return "http://ringflow.test/transcription/" + owner;
        }
    };

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    static ProcessBuilder process() {
        return Bpmn.createExecutableProcess("Applet_Test_" + Directory.unique());
    }

    String deploy(BpmnModelInstance model) {
        String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId();
        engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        return key;
    }

    Step start(BpmnModelInstance model) {
        return start(model, Map.of());
    }

    Step start(BpmnModelInstance model, Map<String, Object> extra) {
        String key = deploy(model);
        String callSid = "CA" + Directory.unique();
        Map<String, Object> variables = new HashMap<>(Map.of(FlowVariables.CALL_SID, callSid,
                FlowVariables.FROM, "+15551112222", FlowVariables.TO, "+15553334444"));
        variables.putAll(extra);
        try (Turn turn = Turn.open(callSid, URLS)) {
            ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(key, callSid, variables);
            return new Step(instance, turn.voiceTwiml(), turn.waiting());
        }
    }

    Step startText(BpmnModelInstance model, Map<String, Object> variables) {
        String key = deploy(model);
        try (Turn turn = Turn.open("SM" + Directory.unique(), URLS)) {
            ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(key, variables);
            return new Step(instance, turn.messagingTwiml(), turn.waiting());
        }
    }

    Step signal(Step previous, Callback callback) {
        Execution waiting = engine.getRuntimeService().createExecutionQuery()
                .processInstanceId(previous.instance().getId()).activityId(previous.waiting().activityId()).singleResult();
        try (Turn turn = Turn.open(previous.instance().getBusinessKey(), URLS)) {
            engine.getRuntimeService().signal(waiting.getId(), null, callback, null);
            return new Step(previous.instance(), turn.voiceTwiml(), turn.waiting());
        }
    }

    static Callback digits(String digits) {
        return new Callback(digits, null, null, null, null, null);
    }

    static Callback dial(String status) {
        return new Callback(null, status, status.equals("completed") ? 30 : 0, null, null, null);
    }
}
