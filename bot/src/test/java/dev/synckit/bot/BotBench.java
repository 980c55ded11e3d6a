package dev.synckit.bot;

import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.testkit.record.InteractionExchange;
import dev.synckit.testkit.record.MessageVersion;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * The bot's benchmark (run by {@code bench/bot/run.sh}, not by the tests): the real JDA against the emulator, the
 * real store and core services. (a) {@code /verify} dispatched by the emulator, one at a time and then 8 in
 * flight: from the dispatch to the bot's interaction callback, as the emulator recorded it. (b) progress at a fixed
 * rate on one deployment through the real Transitions: the edits of its status message, from the emulator's
 * timestamps.
 */
final class BotBench {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private BotBench() {
    }

    public static void main(String[] args) throws Exception {
        int commands = Integer.getInteger("bench.commands", 1000);
        int inFlight = Integer.getInteger("bench.inFlight", 8);
        int eventsPerSecond = Integer.getInteger("bench.eventsPerSecond", 1000);
        int seconds = Integer.getInteger("bench.seconds", 10);
        var dir = Files.createTempDirectory("synckit-bot-bench");
        try (var world = new BotWorld(dir, List.of())) {
            world.start();
            commands(world, 200, 1, "warm-up (not counted)");
            commands(world, commands, 1, "one after another");
            commands(world, commands, inFlight, inFlight + " in flight");
            progress(world, eventsPerSecond, seconds);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static void commands(BotWorld world, int count, int inFlight, String label) throws Exception {
        var guest = world.discord.member("bench-guest");
        var channel = world.discord.channel("general");
        var toCallback = new ConcurrentLinkedQueue<Long>();
        var toAnswer = new ConcurrentLinkedQueue<Long>();
        var started = System.nanoTime();
        var cpuBefore = cpuNanos();
        try (var senders = Executors.newFixedThreadPool(inFlight)) {
            for (int sender = 0; sender < inFlight; sender++) {
                int share = count / inFlight + (sender < count % inFlight ? 1 : 0);
                senders.execute(() -> {
                    for (int i = 0; i < share; i++) {
                        var sent = Instant.now();
                        InteractionExchange exchange = world.discord.dispatchSlashCommand(guest, channel, "verify");
                        var callback = exchange.awaitCallback(WAIT);
                        var answer = exchange.awaitOriginal(v -> !v.embeds().isEmpty(), WAIT).latest();
                        toCallback.add(Duration.between(sent, callback.at()).toNanos());
                        toAnswer.add(Duration.between(sent, answer.at()).toNanos());
                    }
                });
            }
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var cpu = (cpuNanos() - cpuBefore) / 1e9;
        System.out.printf("/verify x%d, %s: %.0f commands/s; this JVM (bot + emulator + senders) used %.0f%% of"
                + " one core, %.2f ms of CPU per command%n", count, label, count / seconds, 100 * cpu / seconds,
                1000 * cpu / count);
        System.out.printf("  dispatch -> interaction callback: %s%n", percentiles(toCallback));
        System.out.printf("  dispatch -> answer (deferred reply edited with the embed): %s%n", percentiles(toAnswer));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String percentiles(ConcurrentLinkedQueue<Long> nanos) {
        var sorted = nanos.stream().sorted().toList();
        return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms", at(sorted, 0.50), at(sorted, 0.99),
                sorted.getLast() / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void progress(BotWorld world, int perSecond, int seconds) throws Exception {
        var d = world.deployments.request(new DeployRequest("default", Optional.empty(), "bench", "", false));
        var status = world.statusMessage(d, v -> true);
        world.awaitStatus(d.id(), DeploymentStatus.RUNNING);
        world.awaitLatest(status, v -> BotWorld.title(v).equals("Deploying default"));
        int total = perSecond * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        var from = Instant.now();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                LockSupport.parkNanos(due - now);
            }
            int current = i % 8;
            var steps = IntStream.rangeClosed(0, current).mapToObj(n -> Progress.step("step-" + n,
                    n == current ? DeploymentStep.StepStatus.RUNNING : DeploymentStep.StepStatus.SUCCEEDED, ""))
                    .toList();
            world.progress.steps(d.id(), "a1b2c3d", steps);
        }
        double sent = (System.nanoTime() - start) / 1e9;
        var ended = Instant.now();
        world.progress.end(d.id(), DeploymentStatus.SUCCEEDED, "e4f5a6b", List.of(), null);
        var last = world.awaitLatest(status, v -> BotWorld.title(v).equals("Deployed default"));

        var edits = new ArrayList<Instant>();
        status.versions().stream().map(MessageVersion::at).filter(at -> !at.isBefore(from)).forEach(edits::add);
        int maxInOneSecond = 0;
        Duration minGap = null;
        for (int i = 0; i < edits.size(); i++) {
            int j = i;
            while (j < edits.size() && Duration.between(edits.get(i), edits.get(j)).compareTo(Duration.ofSeconds(1)) < 0) {
                j++;
            }
            maxInOneSecond = Math.max(maxInOneSecond, j - i);
            if (i > 0) {
                var gap = Duration.between(edits.get(i - 1), edits.get(i));
                minGap = minGap == null || gap.compareTo(minGap) < 0 ? gap : minGap;
            }
        }
        double window = Duration.between(from, last.at()).toNanos() / 1e9;
        System.out.printf("progress: %d events in %.2f s (%.0f events/s) on deployment %s%n", total, sent,
                total / sent, d.id());
        System.out.printf("  status message edits: %d over %.2f s = %.2f edits/s; most in any 1 s window: %d;"
                + " smallest gap %s%n", edits.size(), window, edits.size() / window, maxInOneSecond, minGap);
        System.out.printf("  final state: \"%s\" shown %d ms after the end%n", BotWorld.title(last),
                Duration.between(ended, last.at()).toMillis());
    }
}
