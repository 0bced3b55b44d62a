package org.ringflow.call;

import org.ringflow.test.OnPostgres;

@OnPostgres
class CallRoutingOnPostgresBenchmark extends CallRoutingBenchmark {

    @Override
    String database() {
        return "PostgreSQL";
    }
}
