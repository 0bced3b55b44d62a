package org.ringflow.flow;

import org.ringflow.applet.Channel;
import org.ringflow.directory.DemoDirectorySeeded;
import org.ringflow.directory.PhoneNumberRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Puts the shipped flows on the demo numbers, so a new installation answers calls and texts at once. */
@Component
class DemoFlows {

    private static final Logger log = LoggerFactory.getLogger(DemoFlows.class);

    private final DefaultFlows defaults;
    private final FlowService flows;
    private final PhoneNumberRepository numbers;

    DemoFlows(DefaultFlows defaults, FlowService flows, PhoneNumberRepository numbers) {
        this.defaults = defaults;
        this.flows = flows;
        this.numbers = numbers;
    }

    @EventListener
    void install(DemoDirectorySeeded seeded) {
        Flow main = flows.create("Main line", Channel.CALL, defaults.resolved(DefaultFlows.MAIN_CALL_FLOW)).flow();
        Flow text = flows.create("Text line", Channel.SMS, defaults.resolved(DefaultFlows.SMS_FLOW)).flow();
        numbers.findById(seeded.mainNumberId()).ifPresent(n -> {
            n.setCallFlowId(main.getId());
            numbers.save(n);
        });
        numbers.findById(seeded.textNumberId()).ifPresent(n -> {
            n.setSmsFlowId(text.getId());
            numbers.save(n);
        });
        log.info("installed the default flows: '{}' on the main line, '{}' on the text line", main.getName(), text.getName());
    }
}
