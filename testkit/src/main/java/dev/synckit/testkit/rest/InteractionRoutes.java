package dev.synckit.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.rest.DiscordError.Violation;
import dev.synckit.testkit.record.Acknowledgement;
import dev.synckit.testkit.record.Callback;
import dev.synckit.testkit.record.InteractionExchange;
import dev.synckit.testkit.record.MessageVersion;
import dev.synckit.testkit.record.Transcript;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST interactions/{id}/{token}/callback}: the bot's one answer to an interaction. A reply or a deferred reply
 * becomes the {@code @original} message; an update edits the message the button sits on. Answered with 204, which
 * JDA accepts with or without {@code ?with_response=true}.
 */
final class InteractionRoutes implements RestResource {

    private static final int MODAL_TITLE = 45;

    private final Transcript transcript;
    private final BotMessages messages;
    private final Clock clock;

    InteractionRoutes(Transcript transcript, BotMessages messages, Clock clock) {
        this.transcript = transcript;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Optional<RestReply> handle(RestRequest request) {
        if (!request.matches("POST", "interactions", "*", "*", "callback")) {
            return Optional.empty();
        }
        Optional<InteractionExchange> exchange = transcript.interactionByToken(request.segment(2))
                .filter(found -> found.id() == request.id(1));
        if (exchange.isEmpty()) {
            return Optional.of(DiscordError.notFound(DiscordError.UNKNOWN_INTERACTION, "Unknown interaction"));
        }
        // two racing callbacks: exactly one is the answer, the other is refused, as on Discord
        int type = request.body().path("type").asInt(-1);
        synchronized (exchange.get()) {
            if (!exchange.get().callbacks().isEmpty()) {
                transcript.recordAcknowledgement(new Acknowledgement(exchange.get().id(), type, false, clock.instant()));
                return Optional.of(DiscordError.of(400, DiscordError.ALREADY_ACKNOWLEDGED,
                        "Interaction has already been acknowledged."));
            }
            RestReply reply = answer(exchange.get(), request.body(), request.files());
            transcript.recordAcknowledgement(new Acknowledgement(exchange.get().id(), type, reply.status() < 300,
                    clock.instant()));
            return Optional.of(reply);
        }
    }

    private RestReply answer(InteractionExchange exchange, JsonNode body, List<RequestJson.Upload> files) {
        int type = body.path("type").asInt(-1);
        ObjectNode data = body.path("data") instanceof ObjectNode given
                ? given.deepCopy() : WireJson.mapper().createObjectNode();
        boolean ephemeral = (data.path("flags").asInt(0) & MessageVersion.EPHEMERAL_FLAG) != 0;
        Optional<RestReply> refusal = switch (type) {
            case Callback.REPLY, Callback.UPDATE_MESSAGE -> messages.refusal(body, List.of("data"));
            case Callback.DEFERRED_REPLY -> Optional.empty();
            case Callback.DEFERRED_UPDATE -> exchange.original().isPresent() ? Optional.empty()
                    : Optional.of(invalidType("a deferred update needs a component interaction"));
            case Callback.MODAL -> modalRefusal(data);
            default -> Optional.of(invalidType("Value must be one of (4, 5, 6, 7, 9)."));
        };
        if (refusal.isPresent()) {
            return refusal.get();
        }
        switch (type) {
            case Callback.REPLY -> transcript.recordOriginal(exchange,
                    messages.create(exchange.channelId(), data, files, 0, !ephemeral));
            case Callback.DEFERRED_REPLY -> transcript.recordOriginal(exchange,
                    messages.create(exchange.channelId(), onlyFlags(data), List.of(), MessageJson.LOADING_FLAG,
                    !ephemeral));
            case Callback.UPDATE_MESSAGE -> exchange.original().ifPresent(clicked -> messages.edit(clicked, data, files));
            default -> {
                // a deferred update or a modal changes no message until the bot's next call
            }
        }
        transcript.recordCallback(exchange, new Callback(type, data, clock.instant()));
        return RestReply.noContent();
    }

    private static ObjectNode onlyFlags(ObjectNode data) {
        return WireJson.mapper().createObjectNode().put("flags", data.path("flags").asInt(0));
    }

    private static Optional<RestReply> modalRefusal(ObjectNode data) {
        var violations = new java.util.ArrayList<Violation>();
        if (data.path("custom_id").asText("").length() > MessageLimits.CUSTOM_ID) {
            violations.add(Violation.maxLength(List.of("data", "custom_id"), MessageLimits.CUSTOM_ID));
        }
        if (data.path("title").asText("").length() > MODAL_TITLE) {
            violations.add(Violation.maxLength(List.of("data", "title"), MODAL_TITLE));
        }
        return violations.isEmpty() ? Optional.empty() : Optional.of(DiscordError.invalidFormBody(violations));
    }

    private static RestReply invalidType(String message) {
        return DiscordError.invalidFormBody(List.of(new Violation(List.of("type"), "BASE_TYPE_CHOICES", message)));
    }
}
