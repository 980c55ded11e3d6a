package dev.synckit.embeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void credentialsInUrlsAreMasked() {
        assertEquals("clone https://***@github.com/o/r.git failed; postgres://***@db:5432/x",
                Masking.urlsOnly().mask("clone https://user:pass@github.com/o/r.git failed; postgres://u:p@db:5432/x"));
    }

    @Test
    void urlsWithoutCredentialsAndMailAddressesStay() {
        var text = "see https://github.com/o/r and write to ops@example.com";
        assertEquals(text, Masking.urlsOnly().mask(text));
    }

    @Test
    void givenSecretsAreMaskedLongestFirst() {
        var masking = Masking.of(Set.of("abc", "abcdef123", " "));
        assertEquals("token ****, short ****, spaces stay", masking.mask("token abcdef123, short abc, spaces stay"));
    }

    @Test
    void bearerTokensAreMasked() {
        assertEquals("Authorization: Bearer ****", Masking.urlsOnly().mask("Authorization: Bearer eyJ.abc.def"));
    }
}
