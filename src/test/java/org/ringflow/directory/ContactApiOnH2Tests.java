package org.ringflow.directory;

class ContactApiOnH2Tests extends ContactApiTests {
}
