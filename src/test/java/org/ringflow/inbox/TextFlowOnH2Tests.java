package org.ringflow.inbox;

class TextFlowOnH2Tests extends TextFlowTests {
}
