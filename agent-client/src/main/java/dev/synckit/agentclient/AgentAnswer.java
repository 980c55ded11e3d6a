package dev.synckit.agentclient;

import com.fasterxml.jackson.core.JacksonException;
import dev.synckit.contract.WireJson;
import dev.synckit.core.agent.AgentUnavailableException;
import java.net.http.HttpResponse;

/** An agent's answer (never a 5xx: those count as the agent being down) and what it tells us. */
record AgentAnswer(AgentEndpoint agent, HttpResponse<String> response) {

    /** Go's ServeMux answer for a path it has no handler for: the agent predates {@code /v1}. */
    private static final String GO_NOT_FOUND = "404 page not found";
    private static final int MAX_ERROR_CHARS = 200;

    int status() {
        return response.statusCode();
    }

    /** Whether this is an old synckit agent's answer to a {@code /v1} request: a plain 404 page, or 405. */
    boolean fromOldAgent() {
        return status() == 405 || (status() == 404 && response.body().strip().equals(GO_NOT_FOUND));
    }

    /** The body as {@code type}; an unreadable body is the agent's fault, reported without the body itself. */
    <T> T read(Class<T> type, String what) throws AgentUnavailableException {
        try {
            return WireJson.mapper().readValue(response.body(), type);
        } catch (JacksonException e) {
            throw new AgentUnavailableException(agent.says("answered " + status() + " with an unreadable " + what),
                    null);
        }
    }

    /** Why the agent would not do {@code what}: our secret, or its own words. */
    AgentUnavailableException refusal(String what) {
        if (status() == 401) {
            return new AgentUnavailableException(agent.says("refused our secret (401)"), null);
        }
        return new AgentUnavailableException(agent.says("refused " + what + ": " + status() + " " + errorText()),
                null);
    }

    /** The agent's {@code {"error":"…"}}, or the first line of a plain-text body, bounded for a chat message. */
    String errorText() {
        String body = response.body().strip();
        try {
            var error = WireJson.mapper().readTree(body).path("error");
            if (error.isTextual()) {
                body = error.asText();
            }
        } catch (JacksonException e) {
            // plain text, as Go's http.Error writes it
        }
        int newline = body.indexOf('\n');
        String line = newline < 0 ? body : body.substring(0, newline);
        return line.length() > MAX_ERROR_CHARS ? line.substring(0, MAX_ERROR_CHARS) + "…" : line;
    }
}
