package org.ringflow.directory;

import org.ringflow.test.OnPostgres;

@OnPostgres
class UserApiOnPostgresTests extends UserApiTests {
}
