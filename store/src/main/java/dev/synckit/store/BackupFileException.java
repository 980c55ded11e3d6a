package dev.synckit.store;

/**
 * A backup file that cannot be written or read as one: missing, not a synckit backup, damaged or cut short. The
 * message names the file and says what is wrong with it; nothing was changed in any store.
 */
public final class BackupFileException extends RuntimeException {

    public BackupFileException(String message) {
        super(message);
    }

    public BackupFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
