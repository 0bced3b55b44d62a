package org.ringflow.applet;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ringflow.directory.GroupRepository;
import org.ringflow.directory.UserRepository;
import org.springframework.stereotype.Component;

/** Every applet Ringflow has, by BPMN name: what flows are checked against before they are deployed. */
@Component
public class AppletCatalog {

    private final Map<String, AppletSpec> specs;
    private final java.util.Set<String> waiting;
    private final References references;

    AppletCatalog(List<Applet> applets, UserRepository users, GroupRepository groups) {
        this.specs = applets.stream().map(Applet::spec).collect(Collectors.toMap(AppletSpec::name, Function.identity()));
        this.waiting = applets.stream().filter(Applet::alwaysWaits).map(a -> a.spec().name()).collect(Collectors.toSet());
        this.references = new References() {
            @Override
            public boolean userExists(long id) {
                return users.existsById(id);
            }

            @Override
            public boolean groupExists(long id) {
                return groups.existsById(id);
            }
        };
    }

    public Optional<AppletSpec> find(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    public List<AppletSpec> all(Channel channel) {
        return specs.values().stream().filter(s -> channel == null || s.channel() == channel)
                .sorted(Comparator.comparing(AppletSpec::name)).toList();
    }

    /** Whether the applet waits for the caller or Twilio every time it runs (so a loop through it can't spin). */
    public boolean alwaysWaits(String name) {
        return waiting.contains(name);
    }

    /** What is wrong with an applet's options, each problem naming the option. */
    public List<String> problems(AppletSpec spec, Map<String, String> options) {
        return spec.problems(options, references);
    }
}
