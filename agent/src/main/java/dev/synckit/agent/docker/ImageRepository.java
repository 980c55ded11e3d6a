package dev.synckit.agent.docker;

/**
 * The repository part of an image reference, written out in full the way engines store it: {@code app:latest} is
 * {@code docker.io/library/app}, {@code ghcr.io/acme/app@sha256:…} is {@code ghcr.io/acme/app}. Two references
 * name the same repository exactly when their repositories are equal.
 */
record ImageRepository(String name) {

    /** The label the agent puts on the images it builds, so that an image that lost its tag still says whose it is. */
    static final String LABEL = "dev.synckit.repository";

    private static final String DEFAULT_REGISTRY = "docker.io";

    static ImageRepository of(String reference) {
        String name = reference;
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            name = name.substring(0, colon);
        }
        int slash = name.indexOf('/');
        String first = slash < 0 ? "" : name.substring(0, slash);
        if (slash < 0 || !(first.contains(".") || first.contains(":") || first.equals("localhost"))) {
            name = DEFAULT_REGISTRY + "/" + name;
        } else if (first.equals("index.docker.io")) {
            name = DEFAULT_REGISTRY + name.substring(slash);
        }
        String path = name.substring(name.indexOf('/') + 1);
        if (name.startsWith(DEFAULT_REGISTRY + "/") && !path.contains("/")) {
            name = DEFAULT_REGISTRY + "/library/" + path;
        }
        return new ImageRepository(name);
    }

    /** Docker writes {@code <none>:<none>} where an image has no name; that is nobody's. */
    static boolean isName(String reference) {
        return reference != null && !reference.isBlank() && !reference.startsWith("<none>");
    }
}
