package org.ringflow.sandbox;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads TwiML the way Twilio does: a {@code <Response>} of verbs; a DOCTYPE, unknown verb or attribute is an error. */
final class Twiml {

    private Twiml() {
    }

    static final class TwimlException extends RuntimeException {
        TwimlException(String message) {
            super(message);
        }
    }

    static List<Element> parseVerbs(String xml) {
        Element root = parse(xml).getDocumentElement();
        if (!root.getTagName().equals("Response")) {
            throw new TwimlException("the root element is <" + root.getTagName() + ">, not <Response>");
        }
        allow(root);
        return children(root);
    }

    private static org.w3c.dom.Document parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new TwimlException("the response is empty, not TwiML");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new TwimlException("the response is not valid TwiML: " + e.getMessage());
        }
    }

    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                result.add((Element) nodes.item(i));
            }
        }
        return result;
    }

    /** Fails on any attribute of the element that is not one of the known ones. */
    static void allow(Element element, String... known) {
        Set<String> allowed = Set.of(known);
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            String name = element.getAttributes().item(i).getNodeName();
            if (!allowed.contains(name)) {
                throw new TwimlException("<" + element.getTagName() + "> has an attribute the sandbox does not know: " + name);
            }
        }
    }

    /** Attributes Twilio knows but the sandbox does not act on: named in the transcript, never silently ignored. */
    static void inert(Element element, Transcript transcript, String... names) {
        for (String name : names) {
            if (element.hasAttribute(name)) {
                transcript.add("step", "note: <" + element.getTagName() + " " + name + "=\"" + element.getAttribute(name)
                        + "\"> is accepted but not emulated by the sandbox", null);
            }
        }
    }

    static String attr(Element element, String name, String fallback) {
        return element.hasAttribute(name) ? element.getAttribute(name) : fallback;
    }

    static int intAttr(Element element, String name, int fallback) {
        if (!element.hasAttribute(name)) {
            return fallback;
        }
        try {
            return Integer.parseInt(element.getAttribute(name).trim());
        } catch (NumberFormatException e) {
            throw new TwimlException("<" + element.getTagName() + " " + name + "=\"" + element.getAttribute(name) + "\"> is not a number");
        }
    }

    static boolean boolAttr(Element element, String name, boolean fallback) {
        return element.hasAttribute(name) ? Boolean.parseBoolean(element.getAttribute(name).trim()) : fallback;
    }

    static String text(Element element) {
        return element.getTextContent() == null ? "" : element.getTextContent().trim();
    }
}
