package org.ringflow.directory;

import org.ringflow.test.OnPostgres;

@OnPostgres
class DemoDirectoryOnPostgresTests extends DemoDirectoryTests {
}
