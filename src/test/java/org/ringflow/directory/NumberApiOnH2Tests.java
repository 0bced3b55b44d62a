package org.ringflow.directory;

class NumberApiOnH2Tests extends NumberApiTests {
}
