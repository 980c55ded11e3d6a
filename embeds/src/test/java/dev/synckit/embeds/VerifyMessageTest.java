package dev.synckit.embeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.contract.VerifyInfo;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerifyMessageTest {

    private static final String COMMIT = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final VerifyInfo INFO = new VerifyInfo("EggLedger", SHA, "v1.2.0", "2026-06-01T10:00:00Z");

    @Test
    void withTheRepositoryTheCommitIsALink() {
        assertEquals("""
                title: EggLedger
                color: #5865F2
                field: Version | v1.2.0 | inline
                field: Commit | [a1b2c3d](https://github.com/o/sync/commit/%s) | inline
                field: Built | 2026-06-01T10:00:00Z | inline
                field: SHA-256 | `%s`
                field: How to check | %s""".formatted(COMMIT, SHA, VerifyMessage.HOW_TO_CHECK),
                Shown.of(VerifyMessage.render(INFO, COMMIT, Optional.of(URI.create("https://github.com/o/sync/")))));
    }

    @Test
    void withoutTheRepositoryOrWithCredentialsInItTheCommitIsCode() {
        var withCredentials = Optional.of(URI.create("https://user:pass@github.com/o/sync"));
        for (var repo : java.util.List.of(Optional.<URI>empty(), withCredentials)) {
            var fields = VerifyMessage.render(INFO, COMMIT, repo).embed().getFields();
            assertEquals("`a1b2c3d`", fields.get(1).getValue());
        }
    }

    @Test
    void anEmptyBuildSaysUnknown() {
        assertEquals("""
                title: unknown
                color: #5865F2
                field: Version | unknown | inline
                field: Commit | unknown | inline
                field: Built | unknown | inline
                field: SHA-256 | unknown
                field: How to check | %s""".formatted(VerifyMessage.HOW_TO_CHECK),
                Shown.of(VerifyMessage.render(new VerifyInfo("", "", "", ""), "", Optional.empty())));
    }
}
