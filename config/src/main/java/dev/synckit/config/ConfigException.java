package dev.synckit.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The configuration cannot start the service. The message has one line per problem (a single problem gives a
 * single line), each naming its source, its key and the reason; no line holds a secret.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    ConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
