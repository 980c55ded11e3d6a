package dev.synckit.testkit.guild;

/** The one bot application: its id differs from the bot user's id, as on Discord. */
public record Application(long id, long botUserId, String botName, String botToken) {

    @Override
    public String toString() {
        return "Application[id=" + id + ", botUserId=" + botUserId + ", botName=" + botName + "]";
    }
}
