package org.ringflow.flow;

class FlowApiOnH2Tests extends FlowApiTests {
}
