package dev.synckit.embeds;

import dev.synckit.contract.NewVersionEvent;
import dev.synckit.contract.VerifyInfo;
import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

/** Hostile inputs from a seeded random source: long lines, huge tails, emoji, backticks, secrets, odd names. */
final class RandomInputs {

    static final String SECRET = "SeCrEt-7f3a9";
    static final String URL_PASSWORD = "hunter2pw";
    private static final String[] PIECES = {"a", "word ", "\n", "```", "`", "🎉", "日本語", "**bold**", "\\", "@everyone ",
            "https://bob:" + URL_PASSWORD + "@example.com/x ", SECRET, "\t", "é", "[x](https://evil)", "<@1>", " ",
            "\r\n", "#", ":", "\u200b"};

    private final Random random;
    final Instant now = Instant.parse("2026-06-10T12:00:00Z");

    RandomInputs(long seed) {
        random = new Random(seed);
    }

    String text() {
        return switch (random.nextInt(10)) {
            case 0 -> "";
            case 1 -> "x".repeat(random.nextInt(20_000));
            case 2 -> hugeTail();
            case 3 -> "🎉".repeat(random.nextInt(5000));
            default -> pieces(random.nextInt(300));
        };
    }

    private String pieces(int n) {
        var out = new StringBuilder();
        IntStream.range(0, n).forEach(i -> out.append(PIECES[random.nextInt(PIECES.length)]));
        return out.toString();
    }

    private String hugeTail() {
        var out = new StringBuilder();
        int lines = random.nextInt(10_001);
        for (int i = 0; i < lines; i++) {
            out.append("out ").append(i).append(' ').append(pieces(random.nextInt(8))).append('\n');
        }
        return out.toString();
    }

    /** Mostly short, so that 200 steps do not make the test slow; sometimes anything. */
    private String rarelyHuge() {
        return random.nextInt(20) == 0 ? text() : pieces(random.nextInt(40));
    }

    String target() {
        return random.nextInt(4) == 0 ? text() : "t" + "x".repeat(random.nextInt(64));
    }

    Optional<String> hash() {
        return switch (random.nextInt(4)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(text());
            default -> Optional.of(UUID.randomUUID().toString().replace("-", "") + "abcdef01");
        };
    }

    Optional<URI> repo() {
        return switch (random.nextInt(4)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(URI.create("https://u:" + URL_PASSWORD + "@github.com/o/r.git"));
            case 2 -> Optional.of(URI.create("https://github.com/" + "o".repeat(random.nextInt(3000)) + "/r"));
            default -> Optional.of(URI.create("https://github.com/o/r"));
        };
    }

    Deployment deployment() {
        var status = DeploymentStatus.values()[random.nextInt(DeploymentStatus.values().length)];
        var steps = IntStream.range(0, random.nextInt(4) == 0 ? 200 : random.nextInt(30))
                .mapToObj(i -> new DeploymentStep(random.nextBoolean() ? "step-" + i : rarelyHuge(),
                        StepStatus.values()[random.nextInt(StepStatus.values().length)],
                        random.nextBoolean() ? Optional.empty()
                                : Optional.of(Duration.ofMillis(random.nextLong(10_000_000_000L))),
                        rarelyHuge()))
                .toList();
        var created = now.minusSeconds(random.nextInt(1_000_000));
        return new Deployment(new DeploymentId(UUID.randomUUID().toString()), target(), status, text(), text(),
                random.nextBoolean() ? Optional.empty() : Optional.of(text()), hash(), hash(),
                random.nextBoolean() ? Optional.empty() : Optional.of(text()), steps, created,
                Optional.of(created.plusSeconds(random.nextInt(100))), random.nextBoolean()
                        ? Optional.empty() : Optional.of(created.plusSeconds(random.nextInt(100_000))),
                Optional.empty());
    }

    NewVersionEvent event() {
        return new NewVersionEvent(text(), text(), text(), text(), random.nextBoolean() ? now.toString() : text(),
                text(), text(), text(), text(), null);
    }

    VerifyInfo verify() {
        return new VerifyInfo(text(), text(), text(), text());
    }

    List<String> targets() {
        return IntStream.range(0, random.nextInt(40)).mapToObj(i -> target()).toList();
    }

    List<Deployment> deployments() {
        return IntStream.range(0, random.nextInt(20)).mapToObj(i -> deployment()).toList();
    }

    String any() {
        return text();
    }
}
