package dev.synckit.embeds;

import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;

/** How each state looks: the emoji before it and the color of its embed. */
final class StatusLook {

    static final int AMBER = 0xF1C40F;
    static final int GREY = 0x95A5A6;
    static final int BLUE = 0x3498DB;
    static final int GREEN = 0x2ECC71;
    static final int RED = 0xE74C3C;
    static final int DARK_GREY = 0x607D8B;

    private StatusLook() {
    }

    static String emoji(DeploymentStatus status) {
        return switch (status) {
            case AWAITING_CONFIRMATION -> "✋";
            case QUEUED -> "🕒";
            case RUNNING -> "🔄";
            case SUCCEEDED -> "✅";
            case FAILED -> "❌";
            case CANCELLED -> "🚫";
        };
    }

    static String emoji(StepStatus status) {
        return switch (status) {
            case PENDING -> "⬜";
            case RUNNING -> "🔄";
            case SUCCEEDED -> "✅";
            case FAILED -> "❌";
            case SKIPPED -> "⏭️";
            case CANCELLED -> "🚫";
        };
    }

    static int color(DeploymentStatus status) {
        return switch (status) {
            case AWAITING_CONFIRMATION -> AMBER;
            case QUEUED -> GREY;
            case RUNNING -> BLUE;
            case SUCCEEDED -> GREEN;
            case FAILED -> RED;
            case CANCELLED -> DARK_GREY;
        };
    }
}
