package org.ringflow.directory;

class GroupApiOnH2Tests extends GroupApiTests {
}
