package dev.synckit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README is the door to the guides under docs/: every relative link in them leads to a file that exists and,
 * with an anchor, to a heading of that file, so moving a section cannot leave a reader at a dead end.
 */
class DocsLinksTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#+ (.+)$");

    @Test
    void everyRelativeLinkLeadsToAFileAndHeadingThatExist() throws IOException {
        var broken = new ArrayList<String>();
        var checked = 0;
        for (var doc : documents()) {
            var matcher = LINK.matcher(Files.readString(doc));
            while (matcher.find()) {
                var link = matcher.group(1);
                if (link.startsWith("http://") || link.startsWith("https://")) {
                    continue;
                }
                checked++;
                var hash = link.indexOf('#');
                var file = hash < 0 ? link : link.substring(0, hash);
                var target = file.isEmpty() ? doc : doc.resolveSibling(file).normalize();
                if (!Files.exists(target)) {
                    broken.add(ROOT.relativize(doc) + ": " + link + " (no such file)");
                } else if (hash >= 0 && !anchors(target).contains(link.substring(hash + 1))) {
                    broken.add(ROOT.relativize(doc) + ": " + link + " (no such heading)");
                }
            }
        }
        assertTrue(checked >= 30, "the docs link to each other: " + checked + " relative links");
        assertEquals(List.of(), broken);
    }

    @Test
    void theReadmeStaysADoor() throws IOException {
        var lines = Files.readAllLines(ROOT.resolve("README.md"));
        assertTrue(lines.size() < 200, "README.md has " + lines.size() + " lines; guides belong under docs/");
        assertEquals(List.of("./dev run", "./dev test"), lines.stream().filter(line -> line.startsWith("./dev "))
                .limit(2).map(line -> line.substring(0, line.indexOf(' ', "./dev ".length()))).toList(),
                "the two commands come first");
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> guides = Files.list(ROOT.resolve("docs"))) {
            return Stream.concat(
                    Stream.of("README.md", "config/README.md", "agent/README.md").map(ROOT::resolve),
                    guides.filter(path -> path.toString().endsWith(".md")).sorted()).toList();
        }
    }

    /** GitHub's anchors: a heading in lower case, without punctuation, its spaces as hyphens. */
    private static List<String> anchors(Path doc) throws IOException {
        var inCode = false;
        var anchors = new ArrayList<String>();
        for (var line : Files.readAllLines(doc)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            }
            var heading = HEADING.matcher(line);
            if (!inCode && heading.matches()) {
                anchors.add(heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-'));
            }
        }
        return anchors;
    }
}
