package org.ringflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RingflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(RingflowApplication.class, args);
    }
}
