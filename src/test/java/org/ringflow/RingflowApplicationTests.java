package org.ringflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@org.ringflow.test.RingflowTest
class RingflowApplicationTests {

    @Autowired
    ProcessEngine engine;

    @Test
    void startsWithTheProcessEngine() {
        assertThat(engine.getName()).isNotBlank();
    }
}
