package org.ringflow.call;

class CallFlowWebhookOnH2Tests extends CallFlowWebhookTests {
}
