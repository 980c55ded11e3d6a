package dev.synckit.testkit.rest;

import dev.synckit.testkit.guild.Application;
import dev.synckit.testkit.record.InteractionExchange;
import dev.synckit.testkit.record.MessageVersion;
import dev.synckit.testkit.record.RecordedMessage;
import dev.synckit.testkit.record.Transcript;

import java.util.List;
import java.util.Optional;

/**
 * {@code webhooks/{app}/{token}…}: follow-ups and edits through an interaction's token (it lives 15 minutes on
 * Discord; here it lives as long as the emulator).
 */
final class WebhookRoutes implements RestResource {

    private final Application application;
    private final Transcript transcript;
    private final BotMessages messages;

    WebhookRoutes(Application application, Transcript transcript, BotMessages messages) {
        this.application = application;
        this.transcript = transcript;
        this.messages = messages;
    }

    @Override
    public Optional<RestReply> handle(RestRequest request) {
        boolean followUp = request.pathMatches("webhooks", "*", "*");
        boolean oneMessage = request.pathMatches("webhooks", "*", "*", "messages", "*");
        if (!followUp && !oneMessage) {
            return Optional.empty();
        }
        Optional<InteractionExchange> exchange = transcript.interactionByToken(request.segment(2))
                .filter(found -> request.id(1) == application.id() && !found.callbacks().isEmpty());
        if (exchange.isEmpty()) {
            return Optional.of(DiscordError.notFound(DiscordError.UNKNOWN_WEBHOOK, "Unknown Webhook"));
        }
        if (followUp) {
            return Optional.of(request.method().equals("POST") ? createFollowUp(exchange.get(), request)
                    : DiscordError.methodNotAllowed());
        }
        Optional<RecordedMessage> target = request.segment(4).equals("@original")
                ? exchange.get().original()
                : exchange.get().followUps().stream().filter(message -> message.id() == request.id(4)).findFirst()
                        .or(() -> exchange.get().original().filter(message -> message.id() == request.id(4)));
        return Optional.of(target.filter(message -> !message.deleted())
                .map(message -> messages.act(message, request))
                .orElseGet(BotMessages::unknownMessage));
    }

    private RestReply createFollowUp(InteractionExchange exchange, RestRequest request) {
        Optional<RestReply> refusal = messages.refusal(request.body(), List.of());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        boolean ephemeral = (request.body().path("flags").asInt(0) & MessageVersion.EPHEMERAL_FLAG) != 0;
        RecordedMessage message = messages.create(exchange.channelId(), request.body(), request.files(), 0, !ephemeral);
        transcript.recordFollowUp(exchange, message);
        return BotMessages.reply(message);
    }
}
