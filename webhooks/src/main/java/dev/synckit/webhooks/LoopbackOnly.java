package dev.synckit.webhooks;

import dev.synckit.contract.LoopbackAuthority;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every route, for a service whose routes a page drives without a login (the playground): a request must name the
 * loopback address and port it arrived at as its Host ({@link LoopbackAuthority}), or it is refused with 403 before
 * any route sees it.
 */
final class LoopbackOnly implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackOnly.class);

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        var local = (InetSocketAddress) req.localPeer().address();
        var authority = new LoopbackAuthority(local.getAddress(), local.getPort());
        if (authority.admits(req.headers().first(HeaderNames.HOST).orElse(null),
                req.headers().first(HeaderNames.ORIGIN).orElse(null))) {
            chain.proceed();
            return;
        }
        // what was sent stays out of the log: it is the attacker's text
        LOG.debug("refused {} {}: foreign Host or Origin", req.prologue().method().text(), req.path().path());
        Replies.error(res, Status.FORBIDDEN_403, authority.refusal());
    }
}
