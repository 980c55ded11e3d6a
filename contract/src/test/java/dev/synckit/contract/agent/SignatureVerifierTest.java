package dev.synckit.contract.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The callback signature against a value computed independently ({@code openssl dgst -sha256 -hmac}). */
class SignatureVerifierTest {

    private static final long NOW = 1_767_225_600L;
    private static final byte[] BODY =
            "{\"deploymentId\":\"d1\",\"sequence\":1,\"type\":\"started\"}".getBytes(StandardCharsets.UTF_8);
    private static final String GOLDEN = "sha256=fbfc176b37fac68f83e31ca0dc589ee416d1640ebaf00d403a68a3f0c5bc08ae";

    private final SignatureVerifier verifier = new SignatureVerifier("s3cret",
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC), Duration.ofMinutes(5));

    @Test
    void signatureMatchesOpenssl() {
        assertEquals(GOLDEN, new CallbackSignature("s3cret").sign(NOW, BODY));
    }

    @Test
    void acceptsAFreshCorrectSignature() {
        assertEquals(SignatureVerifier.Verdict.VALID, verifier.verify(Long.toString(NOW), GOLDEN, BODY));
        assertEquals(SignatureVerifier.Verdict.VALID, verifier.verify(Long.toString(NOW - 300), 
                new CallbackSignature("s3cret").sign(NOW - 300, BODY), BODY));
    }

    @Test
    void rejectsAChangedBodyAWrongSecretAndAChangedTimestamp() {
        var changed = "{\"deploymentId\":\"d2\",\"sequence\":1,\"type\":\"started\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(SignatureVerifier.Verdict.BAD_SIGNATURE, verifier.verify(Long.toString(NOW), GOLDEN, changed));
        assertEquals(SignatureVerifier.Verdict.BAD_SIGNATURE,
                verifier.verify(Long.toString(NOW), new CallbackSignature("other").sign(NOW, BODY), BODY));
        assertEquals(SignatureVerifier.Verdict.BAD_SIGNATURE, verifier.verify(Long.toString(NOW + 1), GOLDEN, BODY));
    }

    @Test
    void rejectsATimestampOutsideTheReplayWindow() {
        var old = NOW - 301;
        assertEquals(SignatureVerifier.Verdict.OUTSIDE_WINDOW,
                verifier.verify(Long.toString(old), new CallbackSignature("s3cret").sign(old, BODY), BODY));
        var future = NOW + 301;
        assertEquals(SignatureVerifier.Verdict.OUTSIDE_WINDOW,
                verifier.verify(Long.toString(future), new CallbackSignature("s3cret").sign(future, BODY), BODY));
    }

    @Test
    void rejectsMissingAndMalformedHeaders() {
        assertEquals(SignatureVerifier.Verdict.MISSING, verifier.verify(null, GOLDEN, BODY));
        assertEquals(SignatureVerifier.Verdict.MISSING, verifier.verify(Long.toString(NOW), null, BODY));
        assertEquals(SignatureVerifier.Verdict.MISSING, verifier.verify(Long.toString(NOW), "md5=00", BODY));
        assertEquals(SignatureVerifier.Verdict.MALFORMED, verifier.verify("yesterday", GOLDEN, BODY));
        assertEquals(SignatureVerifier.Verdict.MALFORMED, verifier.verify(Long.toString(NOW), "sha256=zz", BODY));
    }

    private static final String BOUND_GOLDEN =
            "sha256-bound=d6c883c1df017c11d7c05294e2edc424b36b4278748a50bdca766a9e41313675";

    @Test
    void aBoundSignatureMatchesOpensslOverTimestampSubjectAndBody() {
        assertEquals(BOUND_GOLDEN, new CallbackSignature("s3cret").signFor("web", NOW, BODY));
        assertEquals(SignatureVerifier.Verdict.VALID, verifier.verifyFor("web", Long.toString(NOW), BOUND_GOLDEN, BODY));
    }

    @Test
    void aBoundSignatureFailsForAnotherSubject() {
        assertEquals(SignatureVerifier.Verdict.BAD_SIGNATURE,
                verifier.verifyFor("slow", Long.toString(NOW), BOUND_GOLDEN, BODY));
        assertEquals(SignatureVerifier.Verdict.MISSING, verifier.verify(Long.toString(NOW), BOUND_GOLDEN, BODY),
                "a bound signature is not an unbound one");
    }

    @Test
    void anUnboundSignatureIsValidOnlyAsUnbound() {
        assertEquals(SignatureVerifier.Verdict.VALID_UNBOUND,
                verifier.verifyFor("web", Long.toString(NOW), GOLDEN, BODY));
        assertEquals(SignatureVerifier.Verdict.BAD_SIGNATURE,
                verifier.verifyFor("web", Long.toString(NOW), "sha256=" + "00".repeat(32), BODY));
    }

    @Test
    void theSubjectIsTheLastSegmentOfTheUrlsPath() {
        assertEquals("web", CallbackSignature.subjectOf(java.net.URI.create("https://ops.example/api/v1/agent-events/web")));
        assertEquals("d1", CallbackSignature.subjectOf(java.net.URI.create("http://h:1/x/agent-callbacks/d1/")));
    }
}
