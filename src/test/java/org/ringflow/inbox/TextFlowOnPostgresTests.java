package org.ringflow.inbox;

import org.ringflow.test.OnPostgres;

@OnPostgres
class TextFlowOnPostgresTests extends TextFlowTests {
}
