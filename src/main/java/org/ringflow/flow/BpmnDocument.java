package org.ringflow.flow;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.ringflow.system.ApiError.Problem;
import org.xml.sax.InputSource;

/**
 * A flow's BPMN XML, read safely: bounded in size, no DOCTYPE (so no entities, no XXE), then parsed by
 * Camunda's model API. Unreadable input becomes a {@link FlowInvalidException} naming what is wrong.
 */
final class BpmnDocument {

    static final int MAX_CHARS = 512 * 1024;

    private BpmnDocument() {
    }

    static BpmnModelInstance read(String xml) {
        if (xml == null || xml.isBlank()) {
            throw FlowInvalidException.of(Problem.field("bpmnXml", "bpmnXml is required"));
        }
        if (xml.length() > MAX_CHARS) {
            throw FlowInvalidException.of(Problem.field("bpmnXml", "bpmnXml is larger than " + MAX_CHARS / 1024 + " KB"));
        }
        checkWellFormedWithoutDoctype(xml);
        try {
            return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            throw FlowInvalidException.of(Problem.field("bpmnXml", "not valid BPMN 2.0: " + rootMessage(e)));
        }
    }

    /** The single process of a diagram; its id becomes the flow's process key, and it is made executable. */
    static Process singleProcess(BpmnModelInstance model) {
        List<Process> processes = List.copyOf(model.getModelElementsByType(Process.class));
        if (processes.size() != 1) {
            throw FlowInvalidException.of(Problem.field("bpmnXml",
                    "a flow has exactly one process; this diagram has " + processes.size()));
        }
        return processes.get(0);
    }

    static String write(BpmnModelInstance model) {
        return Bpmn.convertToString(model);
    }

    private static void checkWellFormedWithoutDoctype(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            String message = rootMessage(e);
            if (message != null && message.contains("DOCTYPE")) {
                message = "DOCTYPE declarations are not allowed";
            }
            throw FlowInvalidException.of(Problem.field("bpmnXml", "not well-formed XML: " + message));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
