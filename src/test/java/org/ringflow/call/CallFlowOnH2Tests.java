package org.ringflow.call;

class CallFlowOnH2Tests extends CallFlowTests {
}
