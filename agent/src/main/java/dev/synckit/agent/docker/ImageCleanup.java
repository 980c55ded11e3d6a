package dev.synckit.agent.docker;

import java.util.function.Consumer;

/**
 * Removes the images of one repository that a deployment left behind, keeping the newest few for a rollback.
 * Each removal, or each refusal of the engine, is one line of the step's output: a refused removal does not fail
 * a deployment that did what it was asked.
 */
final class ImageCleanup {

    static final String OPERATION = "image-cleanup";

    private final EngineApi api;

    ImageCleanup(EngineApi api) {
        this.api = api;
    }

    void run(String image, int keep, Consumer<String> output, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        var repository = ImageRepository.of(EngineApi.checkImageRef(OPERATION, image));
        String current = api.inspectImage(OPERATION, image, deadline).map(found -> found.path("Id").asText())
                .orElse("");
        var selection = new ImageSelection(repository, current, keep);
        var images = api.listImages(OPERATION, deadline);
        var inUse = api.containerImageIds(OPERATION, deadline);
        for (var old : selection.removable(images, inUse)) {
            String described = EngineApi.shortId(old.id()) + " of " + repository.name() + " (" + old.names() + ")";
            try {
                api.removeImage(OPERATION, old.id(), deadline);
                output.accept("removed old image " + described + ", keeping the newest " + keep);
            } catch (ContainerEngineException e) {
                output.accept("could not remove old image " + described + ": " + e.getMessage());
            }
        }
    }
}
