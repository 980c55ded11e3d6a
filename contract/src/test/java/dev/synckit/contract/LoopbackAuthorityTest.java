package dev.synckit.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Which Host and Origin a loopback surface without login answers. */
class LoopbackAuthorityTest {

    private final LoopbackAuthority ipv4 = new LoopbackAuthority(InetAddress.getLoopbackAddress(), 8080);

    @Test
    void itsOwnAddressOrLocalhostWithItsPortAndNoOrAMatchingOrigin() throws Exception {
        assertTrue(ipv4.admits("127.0.0.1:8080", null));
        assertTrue(ipv4.admits("LOCALHOST:8080", "http://localhost:8080"));
        assertTrue(ipv4.admits("127.0.0.1:8080", "http://127.0.0.1:8080"));
        var ipv6 = new LoopbackAuthority(InetAddress.getByName("::1"), 9000);
        assertTrue(ipv6.admits("[::1]:9000", "http://[::1]:9000"));
        var port80 = new LoopbackAuthority(InetAddress.getLoopbackAddress(), 80);
        assertTrue(port80.admits("127.0.0.1", "http://127.0.0.1"), "browsers leave out the default port");
    }

    @Test
    void aReboundNameAnotherPortAForeignOriginOrNoHostAreRefused() throws Exception {
        assertFalse(ipv4.admits("attacker.example:8080", null), "DNS rebinding: the attacker's name");
        assertFalse(ipv4.admits("127.0.0.1:8081", null), "another port");
        assertFalse(ipv4.admits("127.0.0.1:8080", "http://attacker.example:8080"), "a foreign page");
        assertFalse(ipv4.admits("127.0.0.1:8080", "null"), "a sandboxed or file:// page");
        assertFalse(ipv4.admits("127.0.0.1:8080", "https://127.0.0.1:8080"), "another scheme is another origin");
        assertFalse(ipv4.admits(null, null), "HTTP/1.0 without Host");
        assertFalse(new LoopbackAuthority(InetAddress.getByName("192.0.2.1"), 8080).admits("192.0.2.1:8080", null),
                "never for an address others reach");
    }
}
