package dev.synckit.bot;

import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.requests.RestRateLimiter;
import okhttp3.Response;

/**
 * JDA's rate limiter with a look at every answer: a 429 is told to {@code limited} (with the route's template)
 * before JDA's own limiter backs off and retries. JDA handles 429s itself and says nothing to listeners, so the
 * limiter it takes through {@code RestConfig#setRateLimiterFactory} is the one place that sees them all.
 */
final class RateLimitCounter implements RestRateLimiter {

    private static final int TOO_MANY_REQUESTS = 429;

    private final RestRateLimiter limiter;
    private final Consumer<String> limited;

    RateLimitCounter(RestRateLimiter limiter, Consumer<String> limited) {
        this.limiter = limiter;
        this.limited = limited;
    }

    @Override
    public void enqueue(Work task) {
        limiter.enqueue(new Watched(task));
    }

    @Override
    public void stop(boolean shutdown, Runnable callback) {
        limiter.stop(shutdown, callback);
    }

    @Override
    public boolean isStopped() {
        return limiter.isStopped();
    }

    @Override
    public int cancelRequests() {
        return limiter.cancelRequests();
    }

    /** The request as JDA made it; only {@link #execute()} looks at what came back. */
    private final class Watched implements Work {

        private final Work work;

        Watched(Work work) {
            this.work = work;
        }

        @Override
        public Response execute() {
            var response = work.execute();
            if (response != null && response.code() == TOO_MANY_REQUESTS) {
                var route = work.getRoute().getBaseRoute();
                limited.accept(route.getMethod() + " " + route.getRoute());
            }
            return response;
        }

        @Override
        public Route.CompiledRoute getRoute() {
            return work.getRoute();
        }

        @Override
        public JDA getJDA() {
            return work.getJDA();
        }

        @Override
        public boolean isSkipped() {
            return work.isSkipped();
        }

        @Override
        public boolean isDone() {
            return work.isDone();
        }

        @Override
        public boolean isPriority() {
            return work.isPriority();
        }

        @Override
        public boolean isCancelled() {
            return work.isCancelled();
        }

        @Override
        public void cancel() {
            work.cancel();
        }
    }
}
