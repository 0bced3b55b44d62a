package org.ringflow.directory;

class DemoDirectoryOnH2Tests extends DemoDirectoryTests {
}
