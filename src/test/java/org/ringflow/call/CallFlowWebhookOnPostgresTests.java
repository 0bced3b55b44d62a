package org.ringflow.call;

import org.ringflow.test.OnPostgres;

@OnPostgres
class CallFlowWebhookOnPostgresTests extends CallFlowWebhookTests {
}
