package dev.synckit.agent.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.contract.WireJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which images a clean-up removes, from what the engine lists (Docker's and Podman's shapes). */
class ImageSelectionTest {

    private static final ImageRepository APP = ImageRepository.of("app:latest");

    @Test
    void referencesNameTheirRepositoryInFull() {
        assertEquals("docker.io/library/app", APP.name());
        assertEquals(APP, ImageRepository.of("docker.io/library/app:v1"));
        assertEquals(APP, ImageRepository.of("index.docker.io/library/app@sha256:" + "a".repeat(64)));
        assertEquals("docker.io/acme/app", ImageRepository.of("acme/app").name());
        assertEquals("ghcr.io/acme/app", ImageRepository.of("ghcr.io/acme/app:1.2").name());
        assertEquals("localhost:5000/app", ImageRepository.of("localhost:5000/app:latest").name());
        assertEquals("localhost/app", ImageRepository.of("localhost/app").name());
    }

    @Test
    void keepsTheNewestAndRemovesTheOlderOnesNoContainerUses() throws Exception {
        var images = images("""
                [{"Id":"sha256:a5","Created":500,"RepoTags":["app:latest"]},
                 {"Id":"sha256:a4","Created":400,"RepoTags":null,"RepoDigests":[],
                  "Labels":{"dev.synckit.repository":"docker.io/library/app"}},
                 {"Id":"sha256:a3","Created":300,"RepoTags":["<none>:<none>"],
                  "History":["docker.io/library/app:latest"]},
                 {"Id":"sha256:a2","Created":200,"RepoTags":[],"RepoDigests":["app@sha256:%s"]},
                 {"Id":"sha256:a1","Created":100,"RepoTags":["docker.io/library/app:v1"]},
                 {"Id":"sha256:z9","Created":50,"RepoTags":["other:latest"]},
                 {"Id":"sha256:z8","Created":40,"RepoTags":[],"History":["docker.io/library/other:latest"]}]
                """.formatted("b".repeat(64)));
        var selection = new ImageSelection(APP, "sha256:a5", 2);
        assertEquals(List.of("sha256:a3", "sha256:a1"), ids(selection.removable(images, Set.of("sha256:a2"))),
                "a5 and a4 are the newest two, a2 runs in a container, z9 and z8 are another repository's");
    }

    @Test
    void theImageTheStepLeftCountsAsNewestEvenWhenACachedBuildMadeItLongAgo() throws Exception {
        var images = images("""
                [{"Id":"sha256:old-but-current","Created":100,"RepoTags":["app:latest"]},
                 {"Id":"sha256:b3","Created":300,"Labels":{"dev.synckit.repository":"docker.io/library/app"}},
                 {"Id":"sha256:b2","Created":200,"Labels":{"dev.synckit.repository":"docker.io/library/app"}}]
                """);
        assertEquals(List.of("sha256:b2"),
                ids(new ImageSelection(APP, "sha256:old-but-current", 2).removable(images, Set.of())));
    }

    @Test
    void anImageAlsoTaggedInAnotherRepositoryIsNeverRemoved() throws Exception {
        var images = images("""
                [{"Id":"sha256:new","Created":300,"RepoTags":["app:latest"]},
                 {"Id":"sha256:shared","Created":100,"RepoTags":["app:v1","backup/app:v1"]},
                 {"Id":"sha256:mine","Created":50,"RepoTags":["app:v0"]}]
                """);
        assertEquals(List.of("sha256:mine"), ids(new ImageSelection(APP, "sha256:new", 1).removable(images, Set.of())));
    }

    private static List<ImageSelection.Listed> images(String json) throws Exception {
        var listed = new ArrayList<ImageSelection.Listed>();
        WireJson.mapper().readTree(json).forEach(image -> listed.add(ImageSelection.Listed.of(image)));
        return listed;
    }

    private static List<String> ids(List<ImageSelection.Listed> images) {
        return images.stream().map(ImageSelection.Listed::id).toList();
    }
}
