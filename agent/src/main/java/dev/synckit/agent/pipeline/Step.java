package dev.synckit.agent.pipeline;

import java.time.Duration;

/**
 * One step of a pipeline, as written in the file. Every step runs under {@link #timeout()}; a step with
 * {@link #always()} runs even after an earlier step found the target already up to date.
 */
public sealed interface Step {

    Duration timeout();

    boolean always();

    /** The type and its main argument, as shown in responses and logs (never a secret: URLs are masked later). */
    String displayName();

    record GitPull(Duration timeout, boolean always) implements Step {
        @Override
        public String displayName() {
            return "git-pull";
        }
    }

    /**
     * Builds the repo as {@code tag}; afterwards the images of the tag's repository that no container uses are
     * removed, but the newest {@code keepImages} (0: none are removed).
     */
    record DockerBuild(String tag, int keepImages, Duration timeout, boolean always) implements Step {
        @Override
        public String displayName() {
            return "docker-build: " + tag;
        }
    }

    /**
     * Pulls {@code ref}; when {@code container} is set, recreates it on the new image if the image changed. Old
     * images of the repository are removed as after a {@link DockerBuild}.
     */
    record DockerPull(String ref, String container, int keepImages, Duration timeout, boolean always)
            implements Step {
        @Override
        public String displayName() {
            return "docker-pull: " + ref;
        }
    }

    /**
     * Recreates {@code name} on {@code image}: the tag of the nearest earlier docker-build or docker-pull, whose
     * {@code keepImages} it also takes (the image the container ran until now may be one too many afterwards).
     */
    record ContainerRecreate(String name, String image, int keepImages, Duration timeout, boolean always)
            implements Step {
        @Override
        public String displayName() {
            return "container-recreate: " + name;
        }
    }

    /** POSTs to {@code url}, or to the value of the environment variable {@code urlEnv}. */
    record Webhook(String url, String urlEnv, Duration timeout, boolean always) implements Step {
        @Override
        public String displayName() {
            return urlEnv != null ? "webhook: $" + urlEnv : "webhook";
        }
    }

    /** {@code sh -c run} in {@code dir} (relative to the repo; the repo when null). */
    record Shell(String run, String dir, Duration timeout, boolean always) implements Step {
        @Override
        public String displayName() {
            return "shell: " + run;
        }
    }

    /** Polls {@code url} until 2xx and, with {@code expectVersion}, until the JSON body's {@code version} equals it. */
    record HttpCheck(String url, String expectVersion, Duration interval, Duration timeout, boolean always)
            implements Step {
        @Override
        public String displayName() {
            return "http-check: " + url;
        }
    }
}
