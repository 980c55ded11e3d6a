package dev.synckit.webhooks;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.Nulls;
import dev.synckit.core.token.ApiToken;
import dev.synckit.core.people.ActorNames;
import dev.synckit.core.people.People;
import dev.synckit.core.token.ApiTokens;
import dev.synckit.core.token.TokenRefusedException;
import dev.synckit.core.token.TokenScope;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Scoped tokens over HTTP, for the dashboard and for operators: {@code POST /api/v1/tokens} creates one and shows
 * it this once (201), {@code GET} lists them without their secrets, {@code DELETE /api/v1/tokens/{name or id}}
 * revokes one at once. The operator's token and maintainers signed in with Discord get in; a scoped token gets 403.
 */
final class TokenRoutes implements HttpService {

    private final ApiTokens tokens;
    private final ApiGuard guard;
    private final People people;

    TokenRoutes(ApiTokens tokens, ApiGuard guard, People people) {
        this.tokens = tokens;
        this.guard = guard;
        this.people = people;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/api/v1/tokens", admin(this::create))
                .get("/api/v1/tokens", admin((req, res) -> Replies.json(res, Status.OK_200, views(tokens.list()))))
                .any("/api/v1/tokens", MethodNotAllowed.of("GET, POST"))
                .delete("/api/v1/tokens/{token}", admin(this::revoke))
                .any("/api/v1/tokens/{token}", MethodNotAllowed.of("DELETE"));
    }

    private Handler admin(Admitted handler) {
        return guard.unrestricted("manage tokens", (req, res, caller) -> handler.handle(req, res, caller.actor()));
    }

    private Handler admin(BiConsumer<ServerRequest, ServerResponse> handler) {
        return admin((req, res, actor) -> handler.accept(req, res));
    }

    private void create(ServerRequest req, ServerResponse res, String actor) {
        var body = RequestBodies.read(req, res, DeploymentRoutes.BODY_LIMIT, CreateBody.class);
        if (body.isEmpty() || RequestBodies.refusedForControlCharacters(res, "name", body.get().name(), "targets",
                body.get().targets() == null ? null : String.join(",", body.get().targets()))) {
            return;
        }
        try {
            var scope = TokenScope.of(Optional.ofNullable(body.get().targets()).orElse(List.of()),
                    Optional.ofNullable(body.get().actions()).orElse(List.of()));
            var created = tokens.create(body.get().name(), scope, actor);
            Replies.json(res, Status.CREATED_201, new Created(created.plain(), views(List.of(created.token())).getFirst()));
        } catch (TokenRefusedException e) {
            Replies.error(res, Status.BAD_REQUEST_400, e.getMessage());
        }
    }

    private void revoke(ServerRequest req, ServerResponse res, String actor) {
        var which = req.path().pathParameters().get("token");
        tokens.revoke(which, actor).ifPresentOrElse(token -> Replies.json(res, Status.OK_200,
                        views(List.of(token)).getFirst()),
                () -> Replies.error(res, Status.NOT_FOUND_404, "no token named " + which));
    }

    /** The tokens as the API lists them, with one read of their creators' names. */
    private List<TokenView> views(List<ApiToken> listed) {
        var names = people.namesOf(listed.stream().map(ApiToken::createdBy).toList());
        return listed.stream().map(token -> TokenView.of(token, names)).toList();
    }

    @FunctionalInterface
    private interface Admitted {
        void handle(ServerRequest req, ServerResponse res, String actor);
    }

    /** {@code {"name":"ci","targets":["web"] or ["*"],"actions":["deploy","read"]}}; a null in a list is a 400. */
    record CreateBody(String name, @JsonSetter(contentNulls = Nulls.FAIL) List<String> targets,
            @JsonSetter(contentNulls = Nulls.FAIL) List<String> actions) {
    }

    /** A token as the API lists it: never the token, never its hash. */
    record TokenView(String id, String name, List<String> targets, List<String> actions, String createdBy,
            String createdByName, String createdAt, String lastUsedAt, String revokedAt) {

        static TokenView of(ApiToken token, ActorNames names) {
            return new TokenView(token.id(), token.name(), List.copyOf(token.scope().targetNames()),
                    List.copyOf(token.scope().actionNames()), token.createdBy(),
                    names.of(token.createdBy()).orElse(null), token.createdAt().toString(),
                    token.lastUsedAt().map(Instant::toString).orElse(null),
                    token.revokedAt().map(Instant::toString).orElse(null));
        }
    }

    /** The answer to a creation: the token itself, this once, beside its view. */
    record Created(String token, @JsonUnwrapped TokenView details) {
    }
}
