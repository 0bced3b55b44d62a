package org.ringflow.directory;

import org.ringflow.test.OnPostgres;

@OnPostgres
class BlockedNumberApiOnPostgresTests extends BlockedNumberApiTests {
}
