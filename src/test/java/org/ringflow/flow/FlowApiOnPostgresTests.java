package org.ringflow.flow;

import org.ringflow.test.OnPostgres;

@OnPostgres
class FlowApiOnPostgresTests extends FlowApiTests {
}
