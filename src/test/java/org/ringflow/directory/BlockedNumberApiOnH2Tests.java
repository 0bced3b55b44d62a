package org.ringflow.directory;

class BlockedNumberApiOnH2Tests extends BlockedNumberApiTests {
}
