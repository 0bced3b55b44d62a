package org.ringflow.directory;

class UserApiOnH2Tests extends UserApiTests {
}
