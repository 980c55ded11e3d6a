package dev.synckit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire contract of PRODUCT.md, byte for byte, in both directions. */
class GoldenJsonTest {

    private final ObjectMapper json = WireJson.mapper();

    @Test
    void upToDateDeployResponseMatchesTheGolden() throws Exception {
        var golden = "{\"ok\":true,\"alreadyUpToDate\":true,\"fromHash\":\"abc1234\",\"toHash\":\"abc1234\"}";
        var response = new DeployResponse(true, true, null, "abc1234", "abc1234", null, null);

        assertEquals(golden, json.writeValueAsString(response));
        assertEquals(response, json.readValue(golden, DeployResponse.class));
    }

    @Test
    void emptyFailureIsExactlyOkFalse() throws Exception {
        assertEquals("{\"ok\":false}", json.writeValueAsString(DeployResponse.failed()));
        assertEquals("{\"ok\":false}",
                json.writeValueAsString(new DeployResponse(false, false, "", "", "", "", "")));
        assertEquals(DeployResponse.failed(), json.readValue("{\"ok\":false}", DeployResponse.class));
    }

    @Test
    void fullDeployResponseKeepsFieldOrder() throws Exception {
        var response = new DeployResponse(true, false, "line1\nline2", "a1", "b2", "https://x/a1", "https://x/b2");
        assertEquals("{\"ok\":true,\"tail\":\"line1\\nline2\",\"fromHash\":\"a1\",\"toHash\":\"b2\","
                + "\"fromUrl\":\"https://x/a1\",\"toUrl\":\"https://x/b2\"}", json.writeValueAsString(response));
    }

    @Test
    void verifyInfoMatchesTheGolden() throws Exception {
        var golden = "{\"name\":\"EggLedger\",\"sha256\":\"ab\",\"version\":\"v1\",\"date\":\"d\"}";
        var info = new VerifyInfo("EggLedger", "ab", "v1", "d");

        assertEquals(golden, json.writeValueAsString(info));
        assertEquals(info, json.readValue(golden, VerifyInfo.class));
    }

    @Test
    void verifyInfoWritesEveryFieldEvenWhenEmpty() throws Exception {
        assertEquals("{\"name\":\"\",\"sha256\":\"\",\"version\":\"\",\"date\":\"\"}",
                json.writeValueAsString(new VerifyInfo(null, null, null, null)));
    }

    @Test
    void legacyVerifyShapeHasBuiltInsteadOfDate() throws Exception {
        var legacy = new VerifyInfo("EggLedger", "ab", "v1", "d").legacy();
        assertEquals("{\"sha256\":\"ab\",\"version\":\"v1\",\"built\":\"d\"}", json.writeValueAsString(legacy));
    }

    @Test
    void newVersionEventMatchesTheGolden() throws Exception {
        var golden = "{\"package\":\"com.auxbrain.egginc\",\"version\":\"1.34\",\"apkRef\":\"/x/base.apk\","
                + "\"protoSha\":\"deadbeef\",\"detectedAt\":\"2026-06-10T00:00:00Z\"}";
        var event = new NewVersionEvent("com.auxbrain.egginc", "1.34", "/x/base.apk", "deadbeef",
                "2026-06-10T00:00:00Z");

        assertEquals(golden, json.writeValueAsString(event));
        assertEquals(event, json.readValue(golden, NewVersionEvent.class));
    }

    @Test
    void newVersionEventWritesOptionalFieldsInOrderAfterTheRequiredOnes() throws Exception {
        var event = new NewVersionEvent("p", "1", "r", "s", "t", "1.35.7", "111343", "72", "android", "cHJvdG8=");
        assertEquals("{\"package\":\"p\",\"version\":\"1\",\"apkRef\":\"r\",\"protoSha\":\"s\",\"detectedAt\":\"t\","
                + "\"appVersion\":\"1.35.7\",\"build\":\"111343\",\"clientVersion\":\"72\",\"platform\":\"android\","
                + "\"protoTextB64\":\"cHJvdG8=\"}", json.writeValueAsString(event));
    }

    @Test
    void optionalEmptyStringIsKeptBecauseOnlyNullIsOmitted() throws Exception {
        var event = new NewVersionEvent("p", "1", "r", "s", "t", "", null, null, null, null);
        assertEquals("{\"package\":\"p\",\"version\":\"1\",\"apkRef\":\"r\",\"protoSha\":\"s\",\"detectedAt\":\"t\","
                + "\"appVersion\":\"\"}", json.writeValueAsString(event));
    }

    @Test
    void unknownFieldsAreIgnoredOnRead() throws Exception {
        var event = json.readValue("{\"package\":\"p\",\"version\":\"1\",\"future\":{\"x\":[1,2]},\"apkRef\":\"r\"}",
                NewVersionEvent.class);
        assertEquals(new NewVersionEvent("p", "1", "r", "", ""), event);

        var response = json.readValue("{\"ok\":true,\"durationMs\":12}", DeployResponse.class);
        assertEquals(new DeployResponse(true, false, null, null, null, null, null), response);
    }

    @Test
    void missingRequiredFieldsAreNamed() throws Exception {
        var event = json.readValue("{\"apkRef\":\"r\"}", NewVersionEvent.class);
        assertEquals(List.of("package", "version"), event.missingFields());
        assertEquals(List.of(), new NewVersionEvent("p", "1", "", "", "").missingFields());
    }

    @Test
    void wrongTypesAreRefusedNotCoerced() {
        for (var body : List.of("{\"package\":1,\"version\":\"1\"}", "{\"package\":\"p\",\"version\":true}",
                "{\"package\":\"p\",\"version\":1.5}", "{\"package\":[\"p\"],\"version\":\"1\"}",
                "{\"package\":\"p\"} trailing", "[]", "\"string\"")) {
            assertThrows(JsonProcessingException.class, () -> json.readValue(body, NewVersionEvent.class), body);
        }
    }
}
