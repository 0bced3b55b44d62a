package org.ringflow.call;

import org.ringflow.test.OnPostgres;

@OnPostgres
class CallFlowOnPostgresTests extends CallFlowTests {
}
