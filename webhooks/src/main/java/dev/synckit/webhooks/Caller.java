package dev.synckit.webhooks;

import dev.synckit.core.login.DiscordUser;
import dev.synckit.core.token.ApiToken;
import dev.synckit.core.token.TokenAction;

/**
 * Who called the API: the operator's {@code SYNCKIT_API_TOKEN}, a maintainer signed in with Discord (the dashboard),
 * or a scoped token limited to its targets and actions.
 */
sealed interface Caller {

    /** Whether the caller may do anything on every target: the operator's token, or a maintainer. */
    default boolean unrestricted() {
        return this instanceof Unrestricted;
    }

    /** How the caller appears in deployments and the audit log. */
    String actor();

    /** Whether the caller may know of the target's deployments at all (unknown ones answer 404, as missing ones do). */
    boolean sees(String target);

    boolean may(TokenAction action, String target);

    /** Whether the caller may do {@code action} on some target. */
    boolean mayAtAll(TokenAction action);

    /** The refusal of {@code action} on {@code target}: {@code token ci may not deploy target prod}. */
    default String refusal(TokenAction action, String target) {
        return who() + " may not " + action.wireName() + " target " + target;
    }

    /** The caller in a sentence: {@code token ci}, or {@code api}. */
    default String who() {
        return actor().replaceFirst("^token:", "token ");
    }

    /** A caller trusted with every target and action, as the environment's token was before scoped tokens. */
    sealed interface Unrestricted extends Caller {

        @Override
        default boolean sees(String target) {
            return true;
        }

        @Override
        default boolean may(TokenAction action, String target) {
            return true;
        }

        @Override
        default boolean mayAtAll(TokenAction action) {
            return true;
        }
    }

    /** The environment's API token. */
    record Operator() implements Unrestricted {

        @Override
        public String actor() {
            return "api";
        }
    }

    /** A maintainer signed in with Discord: trusted as the slash commands trust them, recorded by Discord id. */
    record Maintainer(DiscordUser user) implements Unrestricted {

        @Override
        public String actor() {
            return user.id();
        }

        @Override
        public String who() {
            return user.username();
        }
    }

    /** A scoped token. */
    record Scoped(ApiToken token) implements Caller {

        @Override
        public String actor() {
            return token.actor();
        }

        @Override
        public boolean sees(String target) {
            return token.scope().coversTarget(target);
        }

        @Override
        public boolean may(TokenAction action, String target) {
            return token.scope().allows(action, target);
        }

        @Override
        public boolean mayAtAll(TokenAction action) {
            return token.scope().actions().contains(action);
        }
    }
}
