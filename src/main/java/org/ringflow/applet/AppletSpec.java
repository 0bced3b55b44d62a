package org.ringflow.applet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public face of an applet: its BPMN name, options and the outcomes it can leave by. Used to validate
 * flows before they are deployed and served to the Flow Builder.
 *
 * @param outcomes the values {@code outcome} can take when the applet leaves; empty for one way out
 * @param oneOfRequired option groups of which exactly one option must be given (else at most one)
 */
public record AppletSpec(String name, String label, Channel channel, List<Option> options, List<String> outcomes,
                         List<String> oneOfRequired) {

    public boolean hasOutcomes() {
        return !outcomes.isEmpty();
    }

    /** Every problem with a set of option values, each naming the option. */
    public List<String> problems(Map<String, String> values, References references) {
        List<String> problems = new ArrayList<>();
        for (String given : values.keySet()) {
            if (options.stream().noneMatch(o -> o.name().equals(given))) {
                problems.add("unknown option " + given + " for " + label);
            }
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Option option : options) {
            String value = values.get(option.name());
            boolean given = value != null && !value.isBlank();
            if (option.oneOf() != null) {
                groups.computeIfAbsent(option.oneOf(), g -> new ArrayList<>());
                if (given) {
                    groups.get(option.oneOf()).add(option.name());
                }
            }
            if (!given) {
                if (option.required()) {
                    problems.add(option.label() + " (" + option.name() + ") is required");
                }
                continue;
            }
            option.problem(value, references).ifPresent(problems::add);
        }
        groups.forEach((group, given) -> {
            List<String> names = options.stream().filter(o -> group.equals(o.oneOf())).map(Option::name).toList();
            if (given.size() > 1) {
                problems.add("give only one of " + String.join(" / ", names));
            } else if (given.isEmpty() && oneOfRequired.contains(group)) {
                problems.add("one of " + String.join(" / ", names) + " is required");
            }
        });
        return problems;
    }
}
