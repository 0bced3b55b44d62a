package org.ringflow.applet;

/** Names of the process variables every call or text process starts with. */
public final class FlowVariables {

    public static final String CALL_SID = "callSid";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String NUMBER_ID = "numberId";
    public static final String FLOW_ID = "flowId";
    /** SMS flows: the stored message and its text. */
    public static final String MESSAGE_ID = "messageId";
    public static final String BODY = "body";

    private FlowVariables() {
    }
}
