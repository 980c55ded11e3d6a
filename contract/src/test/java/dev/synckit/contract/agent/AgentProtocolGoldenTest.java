package dev.synckit.contract.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synckit.contract.WireJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The asynchronous agent protocol's JSON, byte for byte, both ways. */
class AgentProtocolGoldenTest {

    private final ObjectMapper json = WireJson.mapper();

    @Test
    void emptyRequestIsAnEmptyObjectAndRoundTrips() throws Exception {
        assertEquals("{}", json.writeValueAsString(new DeploymentRequest(null, null, null, null)));
        assertEquals(new DeploymentRequest(null, null, null, null), json.readValue("{}", DeploymentRequest.class));
    }

    @Test
    void fullRequestKeepsFieldOrder() throws Exception {
        var golden = "{\"pipeline\":\"ledger\",\"ref\":\"abc1234\",\"callbackUrl\":\"http://127.0.0.1:8080/cb\","
                + "\"requestId\":\"r-1\"}";
        var request = new DeploymentRequest("ledger", "abc1234", "http://127.0.0.1:8080/cb", "r-1");
        assertEquals(golden, json.writeValueAsString(request));
        assertEquals(request, json.readValue(golden, DeploymentRequest.class));
    }

    @Test
    void queuedStateMatchesTheGolden() throws Exception {
        var golden = "{\"id\":\"d1\",\"pipeline\":\"ledger\",\"status\":\"queued\",\"trigger\":\"api\","
                + "\"alreadyUpToDate\":false,\"steps\":[{\"name\":\"git-pull\",\"status\":\"pending\",\"durationMs\":0}],"
                + "\"createdAt\":\"2026-01-01T00:00:00Z\"}";
        var state = new DeploymentState("d1", "ledger", DeploymentStatus.QUEUED, "api", null, null, false, null, null,
                null, null, List.of(new StepState("git-pull", StepStatus.PENDING, 0, null)), null,
                "2026-01-01T00:00:00Z", null, null);
        assertEquals(golden, json.writeValueAsString(state));
        assertEquals(state, json.readValue(golden, DeploymentState.class));
    }

    @Test
    void finishedEventCarriesTheWholeState() throws Exception {
        var state = new DeploymentState("d1", "ledger", DeploymentStatus.FAILED, "api", "v2", "r-1", false, "a1b2c3d",
                "e4f5a6b", null, null, List.of(new StepState("shell: false", StepStatus.FAILED, 12, "boom")),
                "step 1 (shell: false) failed: exit code 1", "t0", "t1", "t2");
        var event = new CallbackEvent("d1", 7, CallbackEventType.FINISHED, "ledger", "t2", null, null, "failed", null,
                state);
        var golden = "{\"deploymentId\":\"d1\",\"sequence\":7,\"type\":\"finished\",\"pipeline\":\"ledger\","
                + "\"timestamp\":\"t2\",\"status\":\"failed\",\"deployment\":{\"id\":\"d1\",\"pipeline\":\"ledger\","
                + "\"status\":\"failed\",\"trigger\":\"api\",\"ref\":\"v2\",\"requestId\":\"r-1\","
                + "\"alreadyUpToDate\":false,\"fromHash\":\"a1b2c3d\",\"toHash\":\"e4f5a6b\",\"steps\":[{\"name\":"
                + "\"shell: false\",\"status\":\"failed\",\"durationMs\":12,\"tail\":\"boom\"}],\"error\":"
                + "\"step 1 (shell: false) failed: exit code 1\",\"createdAt\":\"t0\",\"startedAt\":\"t1\","
                + "\"finishedAt\":\"t2\"}}";
        assertEquals(golden, json.writeValueAsString(event));
        assertEquals(event, json.readValue(golden, CallbackEvent.class));
    }

    @Test
    void stepOutputEventMatchesTheGolden() throws Exception {
        var event = new CallbackEvent("d1", 3, CallbackEventType.STEP_OUTPUT, "ledger", "t", 0, "git-pull", null,
                "Updating 1..2\nFast-forward", null);
        assertEquals("{\"deploymentId\":\"d1\",\"sequence\":3,\"type\":\"step-output\",\"pipeline\":\"ledger\","
                + "\"timestamp\":\"t\",\"stepIndex\":0,\"step\":\"git-pull\",\"output\":\"Updating 1..2\\nFast-forward\"}",
                json.writeValueAsString(event));
    }
}
