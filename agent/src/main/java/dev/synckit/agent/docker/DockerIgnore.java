package dev.synckit.agent.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a {@code .dockerignore}: glob lines ({@code *}, {@code ?}, {@code [...]}, {@code **}), {@code #}
 * comments, {@code !} exceptions; the last matching line wins, and a line that matches a directory matches
 * everything under it, as the docker CLI reads them.
 */
final class DockerIgnore {

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = rules;
    }

    static DockerIgnore none() {
        return new DockerIgnore(List.of());
    }

    static DockerIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exception = line.startsWith("!");
            String glob = clean(exception ? line.substring(1).strip() : line);
            if (!glob.isEmpty()) {
                rules.add(new Rule(exception, Pattern.compile(regex(glob))));
            }
        }
        return new DockerIgnore(List.copyOf(rules));
    }

    /** Whether {@code path} (relative, '/'-separated) stays out of the context. */
    boolean excludes(String path) {
        boolean excluded = false;
        for (Rule rule : rules) {
            if (rule.matchesOrParentMatches(path)) {
                excluded = !rule.exception();
            }
        }
        return excluded;
    }

    /** Whether some exception may bring back a path under an excluded directory, so the walk must go in. */
    boolean hasExceptions() {
        return rules.stream().anyMatch(Rule::exception);
    }

    private static String clean(String glob) {
        List<String> parts = new ArrayList<>();
        for (String part : glob.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
                continue;
            }
            parts.add(part);
        }
        return String.join("/", parts);
    }

    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slashFollows = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    regex.append("\\[");
                } else {
                    String set = glob.substring(i + 1, close);
                    regex.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
                    i = close;
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    private record Rule(boolean exception, Pattern pattern) {
        boolean matchesOrParentMatches(String path) {
            if (pattern.matcher(path).matches()) {
                return true;
            }
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                if (pattern.matcher(path.substring(0, slash)).matches()) {
                    return true;
                }
            }
            return false;
        }
    }
}
