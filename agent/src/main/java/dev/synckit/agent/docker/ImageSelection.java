package dev.synckit.agent.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which images of one repository a clean-up removes: of the images that belong to it, newest first (the one the
 * step left under its reference counts as the newest, whatever its build date: a cached rebuild keeps an old one),
 * the first {@code keep} stay, and of the others those no container uses (running or not) go.
 *
 * <p>An image belongs to the repository when all its tags are in it; an image without tags (the one a tag moved
 * away from) when its digests, its earlier names (Podman keeps them) or the agent's build label name it. An image
 * also tagged in another repository is never removed: someone else still names it.
 */
record ImageSelection(ImageRepository repository, String currentId, int keep) {

    /** One image as the engine lists it. */
    record Listed(String id, long created, List<String> tags, List<String> formerNames) {

        static Listed of(JsonNode image) {
            var former = new ArrayList<String>();
            image.path("RepoDigests").forEach(name -> former.add(name.asText()));
            image.path("History").forEach(name -> former.add(name.asText()));
            var label = image.path("Labels").path(ImageRepository.LABEL);
            if (label.isTextual()) {
                former.add(label.asText());
            }
            var tags = new ArrayList<String>();
            image.path("RepoTags").forEach(tag -> tags.add(tag.asText()));
            return new Listed(image.path("Id").asText(), image.path("Created").asLong(),
                    tags.stream().filter(ImageRepository::isName).toList(),
                    former.stream().filter(ImageRepository::isName).toList());
        }

        /** How the removal line shows it: its tags, or that it has none. */
        String names() {
            return tags.isEmpty() ? "untagged" : String.join(", ", tags);
        }
    }

    List<Listed> removable(List<Listed> images, Set<String> inUse) {
        var newestFirst = Comparator.comparing((Listed image) -> !image.id().equals(currentId))
                .thenComparing(Comparator.comparingLong(Listed::created).reversed())
                .thenComparing(Listed::id);
        return images.stream().filter(this::belongs).sorted(newestFirst).skip(keep)
                .filter(image -> !inUse.contains(image.id())).toList();
    }

    private boolean belongs(Listed image) {
        var names = image.tags().isEmpty() ? image.formerNames() : image.tags();
        var inRepository = names.stream().map(ImageRepository::of).filter(repository::equals).count();
        return inRepository > 0 && (image.tags().isEmpty() || inRepository == names.size());
    }
}
