package dev.synckit.agent.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader();

    private AgentConfig parse(String yaml) throws ConfigException {
        return loader.parse(new StringReader(yaml), "deploy-agent.yaml");
    }

    private String refusal(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void readsSynckitsSinglePipelineFile() throws Exception {
        var config = parse("""
                name: ledger
                repo: /srv/repos/EggLedgerSyncServer
                repo_url: https://github.com/DavidArthurCole/EggLedgerSyncServer
                steps:
                  - git-pull
                  - docker-build: { tag: ledgersyncserver:latest }
                  - container-recreate: { name: ledgersync }
                  - webhook: { url_env: PORTAINER_WEBHOOK_URL }
                  - shell: { run: "./scripts/smoke.sh", dir: ".", always: false }
                watch: { interval: 5m }
                """);
        var ten = Duration.ofMinutes(10);
        assertEquals(new PipelineSpec("ledger", Path.of("/srv/repos/EggLedgerSyncServer"),
                "https://github.com/DavidArthurCole/EggLedgerSyncServer", List.of(
                new Step.GitPull(ten, false),
                new Step.DockerBuild("ledgersyncserver:latest", 3, ten, false),
                new Step.ContainerRecreate("ledgersync", "ledgersyncserver:latest", 3, ten, false),
                new Step.Webhook(null, "PORTAINER_WEBHOOK_URL", ten, false),
                new Step.Shell("./scripts/smoke.sh", ".", ten, false)),
                Optional.of(Duration.ofMinutes(5)), null), config.pipelines().getFirst());
    }

    @Test
    void readsSeveralPipelinesTimeoutsAndHttpCheck() throws Exception {
        var config = parse("""
                step_timeout: 2m
                notify_url: http://127.0.0.1:8080/agent/callbacks
                pipelines:
                  api:
                    repo: /srv/api
                    steps:
                      - git-pull: { timeout: 90s }
                      - http-check: { url: "http://127.0.0.1:8080/verify", expect_version: v2, interval: 500ms, timeout: 1h30m, always: true }
                  images:
                    steps:
                      - docker-pull: { ref: "ghcr.io/acme/app:latest", container: app }
                """);
        assertEquals(List.of("api", "images"), config.pipelines().stream().map(PipelineSpec::name).toList());
        var api = config.pipeline("api").orElseThrow();
        assertEquals(List.of(new Step.GitPull(Duration.ofSeconds(90), false),
                new Step.HttpCheck("http://127.0.0.1:8080/verify", "v2", Duration.ofMillis(500),
                        Duration.ofMinutes(90), true)), api.steps());
        assertEquals("http://127.0.0.1:8080/agent/callbacks", api.notifyUrl());
        assertEquals(new Step.DockerPull("ghcr.io/acme/app:latest", "app", 3, Duration.ofMinutes(2), false),
                config.pipeline("images").orElseThrow().steps().getFirst());
        assertEquals(Optional.empty(), config.pipeline(null), "no default among several");
    }

    @Test
    void retentionDefaultsToThirtyDaysTakesDaysAndZeroKeepsForEver() throws Exception {
        String steps = "steps: [ { shell: { run: 'true' } } ]\n";
        assertEquals(Duration.ofDays(30), parse(steps).retention());
        assertEquals(Duration.ofDays(7), parse("retention: 7d\n" + steps).retention());
        assertEquals(Duration.ZERO, parse("retention: 0\n" + steps).retention());
        assertEquals(Duration.ofHours(36), parse("retention: 1d12h\npipelines: { p: { " + steps.strip() + " } }\n")
                .retention());
    }

    @Test
    void refusesABadRetentionAndRetentionInsideAPipeline() {
        assertEquals("deploy-agent.yaml:2: retention: bad duration \"30 days\" (use e.g. 90s, 5m, 1h30m)",
                refusal("repo: /r\nretention: 30 days\nsteps: [git-pull]\n"));
        assertEquals("deploy-agent.yaml:4: pipelines.p.retention: unknown key (allowed: notify_url, repo, repo_url, "
                + "step_timeout, steps, watch)",
                refusal("pipelines:\n  p:\n    steps: [git-pull]\n    retention: 1d\n"));
    }

    @Test
    void imageStepsKeepThreeImagesUnlessToldAndARecreateTakesItsImageStepsCount() throws Exception {
        var steps = parse("""
                repo: /r
                steps:
                  - docker-build: { tag: "app:latest", keep_images: 2 }
                  - container-recreate: { name: app }
                  - docker-pull: { ref: "ghcr.io/acme/tool:1", keep_images: 0 }
                  - container-recreate: { name: tool }
                  - docker-pull: { ref: "ghcr.io/acme/db:15" }
                """).pipelines().getFirst().steps();
        var ten = Duration.ofMinutes(10);
        assertEquals(List.of(new Step.DockerBuild("app:latest", 2, ten, false),
                new Step.ContainerRecreate("app", "app:latest", 2, ten, false),
                new Step.DockerPull("ghcr.io/acme/tool:1", null, 0, ten, false),
                new Step.ContainerRecreate("tool", "ghcr.io/acme/tool:1", 0, ten, false),
                new Step.DockerPull("ghcr.io/acme/db:15", null, 3, ten, false)), steps);
    }

    @Test
    void refusesAKeepImagesThatIsNoCount() {
        assertEquals("deploy-agent.yaml:4: steps[0].docker-build.keep_images: must be a whole number from 0, not "
                + "\"-1\"", refusal("repo: /r\nsteps:\n  - docker-build:\n      keep_images: -1\n      tag: app\n"));
        assertEquals("deploy-agent.yaml:3: steps[0].docker-pull.keep_images: must be a whole number from 0, not "
                + "\"all\"", refusal("steps:\n  - docker-pull:\n      keep_images: all\n      ref: app\n"));
        assertEquals("deploy-agent.yaml:3: steps[1].container-recreate.keep_images: unknown key (allowed: always, "
                + "name, timeout)",
                refusal("steps:\n  - docker-pull: { ref: app }\n"
                        + "  - container-recreate: { name: app, keep_images: 1 }\n"));
    }

    @Test
    void refusesAnUnknownKeyNamingLineAndKey() {
        assertEquals("deploy-agent.yaml:5: steps[1].shell.rn: unknown key (allowed: always, dir, run, timeout)",
                refusal("repo: /r\nsteps:\n  - git-pull\n  - shell:\n      rn: make\n"));
    }

    @Test
    void refusesAnUnknownTopLevelKey() {
        assertEquals("deploy-agent.yaml:3: stepz: unknown key (allowed: name, notify_url, repo, repo_url, "
                + "retention, step_timeout, steps, watch)", refusal("repo: /r\nsteps: [git-pull]\nstepz: []\n"));
    }

    @Test
    void refusesAnUnknownStepType() {
        assertEquals("deploy-agent.yaml:4: steps[1].docker-push: unknown step type (known: container-recreate, "
                + "docker-build, docker-pull, git-pull, http-check, shell, webhook)",
                refusal("repo: /r\nsteps:\n  - git-pull\n  - docker-push: { tag: x }\n"));
    }

    @Test
    void refusesABadDuration() {
        assertEquals("deploy-agent.yaml:3: steps[0].shell.timeout: bad duration \"5 minutes\" (use e.g. 90s, 5m, 1h30m)",
                refusal("repo: /r\nsteps:\n  - shell: { run: make, timeout: 5 minutes }\n"));
        assertEquals("deploy-agent.yaml:1: step_timeout: bad duration \"10\" (use e.g. 90s, 5m, 1h30m)",
                refusal("step_timeout: 10\nrepo: /r\nsteps: [git-pull]\n"));
    }

    @Test
    void refusesMissingRequiredFields() {
        assertEquals("deploy-agent.yaml:3: steps[0].docker-build.tag: missing required field",
                refusal("repo: /r\nsteps:\n  - docker-build: {}\n"));
        assertEquals("deploy-agent.yaml:1: repo: missing required field (git-pull and docker-build work in the repo)",
                refusal("steps: [git-pull]\n"));
        assertEquals("deploy-agent.yaml:1: steps: missing required field", refusal("repo: /r\n"));
        assertEquals("deploy-agent.yaml:3: steps[0].webhook.url: missing required field (give url or url_env)",
                refusal("repo: /r\nsteps:\n  - webhook: {}\n"));
    }

    @Test
    void refusesBrokenYamlWithItsLine() {
        var message = refusal("repo: /r\nsteps:\n  - git-pull\n   bad: [\n");
        assertEquals("deploy-agent.yaml:", message.substring(0, 18));
        assertEquals("(yaml)", message.split(": ")[1]);
    }

    @Test
    void goDurationsParseAndFormatLikeGo() {
        assertEquals(Duration.ofMinutes(90), GoDuration.parse("1h30m"));
        assertEquals(Duration.ofMillis(1500), GoDuration.parse("1.5s"));
        assertEquals(Duration.ZERO, GoDuration.parse("0"));
        assertEquals(Duration.ofDays(30), GoDuration.parse("30d"));
        assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("999999999d"));
        assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("-5m"));
        assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("5"));
        assertEquals("1h30m", GoDuration.format(Duration.ofMinutes(90)));
        assertEquals("1m30s", GoDuration.format(Duration.ofSeconds(90)));
        assertEquals("500ms", GoDuration.format(Duration.ofMillis(500)));
    }
}
