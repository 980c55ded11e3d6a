package dev.synckit.agent.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Build and pull progress as a step's output shows it. */
class ProgressTest {

    private final List<String> output = new ArrayList<>();

    private static JsonNode json(String text) throws IOException {
        return WireJson.mapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void pullShowsEachLayerStatusChangeOnce() throws Exception {
        PullProgress progress = new PullProgress("docker-pull", output::add);
        for (String line : List.of(
                "{'status':'Pulling from library/ledger','id':'1.4'}",
                "{'status':'Pulling fs layer','progressDetail':{},'id':'a1'}",
                "{'status':'Downloading','progressDetail':{'current':1,'total':9},'progress':'[=> ]','id':'a1'}",
                "{'status':'Downloading','progressDetail':{'current':5,'total':9},'progress':'[===> ]','id':'a1'}",
                "{'status':'Download complete','progressDetail':{},'id':'a1'}",
                "{'status':'Digest: sha256:abc'}",
                "{'status':'Status: Downloaded newer image for ledger:1.4'}")) {
            progress.accept(json(line));
        }

        assertEquals(List.of("1.4: Pulling from library/ledger", "a1: Pulling fs layer", "a1: Downloading",
                "a1: Download complete", "Digest: sha256:abc", "Status: Downloaded newer image for ledger:1.4"), output);
    }

    @Test
    void pullErrorEndsWithTheEnginesMessage() {
        PullProgress progress = new PullProgress("docker-pull", output::add);

        ContainerEngineException e = assertThrows(ContainerEngineException.class, () -> progress.accept(json(
                "{'errorDetail':{'message':'manifest unknown'},'error':'manifest unknown'}")));

        assertEquals("docker-pull: manifest unknown", e.getMessage());
    }

    @Test
    void buildStreamTextIsCutIntoLinesWhateverPiecesItComesIn() throws Exception {
        BuildProgress progress = new BuildProgress("docker-build", output::add);
        for (String line : List.of("{'stream':'Step 1/2 : FROM scratch\\n'}", "{'stream':'Step 2/2 : '}",
                "{'stream':'COPY . /\\n ---> 5d2\\r\\n'}", "{'aux':{'ID':'sha256:5d2'}}", "{'stream':'tail'}")) {
            progress.accept(json(line));
        }
        progress.flush();

        assertEquals(List.of("Step 1/2 : FROM scratch", "Step 2/2 : COPY . /", " ---> 5d2", "tail"), output);
        assertEquals(Optional.of("sha256:5d2"), progress.imageId());
    }

    @Test
    void buildErrorKeepsTheLinesBeforeIt() {
        BuildProgress progress = new BuildProgress("docker-build", output::add);

        ContainerEngineException e = assertThrows(ContainerEngineException.class, () -> {
            progress.accept(json("{'stream':'RUN make'}"));
            progress.accept(json("{'error':'The command returned a non-zero code: 2'}"));
        });

        assertEquals("docker-build: The command returned a non-zero code: 2", e.getMessage());
        assertEquals(List.of("RUN make"), output);
    }
}
