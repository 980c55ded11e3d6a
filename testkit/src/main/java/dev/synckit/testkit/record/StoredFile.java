package dev.synckit.testkit.record;

/** A file the bot attached to a message, kept so that a page can offer it for download. */
public record StoredFile(long id, String filename, String contentType, byte[] content) {

    public StoredFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
