package org.ringflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class RingflowApplicationTests {

    @Autowired
    ProcessEngine engine;

    @Test
    void startsWithTheProcessEngine() {
        assertThat(engine.getName()).isNotBlank();
    }
}
