package dev.synckit.agent.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a recreate asks the engine for, given what inspect said (shapes as Podman and Docker report them). */
class ContainerSpecTest {

    private static JsonNode json(String text) throws IOException {
        return WireJson.mapper().readTree(text.replace('\'', '"'));
    }

    private static final String IMAGE_CONFIG = """
            {'Env':['PATH=/bin','MODE=old'],'Cmd':['serve'],'Entrypoint':['/bin/app'],'WorkingDir':'/app',
             'Labels':{'version':'1','maintainer':'x'},'ExposedPorts':{'8080/tcp':{}},'Volumes':{'/cache':{}}}""";

    @Test
    void keepsWhatWasSetForTheContainerAndDropsWhatItInheritedFromItsImage() throws IOException {
        JsonNode container = json("""
                {'Id':'0123456789abcdef','Config':{'Hostname':'0123456789ab','Env':['PATH=/bin','MODE=old','DB=pg',
                 'HOSTNAME=0123456789ab'],'Cmd':['serve'],'Entrypoint':['/bin/app'],'WorkingDir':'/app','User':'',
                 'Labels':{'version':'1','maintainer':'x','app':'ledger'},'ExposedPorts':{'8080/tcp':{},'9090/tcp':{}},
                 'Volumes':{'/cache':{}},'StopTimeout':0,'Image':'ledger:old','Tty':false},
                 'HostConfig':{'Binds':['/srv/data:/data:rw'],'NetworkMode':'default',
                  'PortBindings':{'8080/tcp':[{'HostIp':'','HostPort':'80'}]},'RestartPolicy':{'Name':'always'},
                  'ContainerIDFile':'/run/id'},
                 'Mounts':[{'Type':'bind','Source':'/srv/data','Destination':'/data','RW':true},
                  {'Type':'volume','Name':'f00d','Destination':'/cache','RW':true}],
                 'NetworkSettings':{'Networks':{'bridge':{'Aliases':null}}}}""");

        ContainerSpec spec = ContainerSpec.copyOf(container, json(IMAGE_CONFIG), "ledger:new");

        assertEquals(json("""
                {'Env':['DB=pg'],'Labels':{'app':'ledger'},'ExposedPorts':{'9090/tcp':{}},'Tty':false,'Image':'ledger:new',
                 'HostConfig':{'Binds':['/srv/data:/data:rw','f00d:/cache'],'NetworkMode':'bridge',
                  'PortBindings':{'8080/tcp':[{'HostIp':'','HostPort':'80'}]},'RestartPolicy':{'Name':'always'},
                  'ContainerIDFile':''},
                 'NetworkingConfig':{'EndpointsConfig':{'bridge':{}}}}"""), spec.createBody());
        assertEquals(Map.of(), spec.laterNetworks());
    }

    @Test
    void aCommandOrEntrypointOfTheContainerItselfIsKept() throws IOException {
        JsonNode container = json("""
                {'Id':'0123456789abcdef','Config':{'Cmd':['serve','--debug'],'Entrypoint':['/bin/app'],
                 'WorkingDir':'/srv','User':'1000'},'HostConfig':{'NetworkMode':'host'},
                 'NetworkSettings':{'Networks':{'host':{}}}}""");

        JsonNode body = ContainerSpec.copyOf(container, json(IMAGE_CONFIG), "ledger:new").createBody();

        assertEquals(json("['serve','--debug']"), body.path("Cmd"));
        assertEquals(false, body.has("Entrypoint"), "the image's own entrypoint is left to the new image");
        assertEquals("/srv", body.path("WorkingDir").asText());
        assertEquals("1000", body.path("User").asText());
        assertEquals("host", body.path("HostConfig").path("NetworkMode").asText());
    }

    @Test
    void everyNetworkKeepsItsAliasesButNotTheEnginesShortIdOne() throws IOException {
        JsonNode container = json("""
                {'Id':'0123456789abcdef','Config':{},'HostConfig':{'NetworkMode':'bridge'},
                 'NetworkSettings':{'Networks':{
                  'front':{'Aliases':['web','0123456789ab'],'IPAMConfig':null},
                  'back':{'Aliases':['api'],'IPAMConfig':{'IPv4Address':'10.1.0.9'}}}}}""");

        ContainerSpec spec = ContainerSpec.copyOf(container, json("{}"), "ledger:new");

        assertEquals("front", spec.createBody().path("HostConfig").path("NetworkMode").asText());
        assertEquals(json("{'EndpointsConfig':{'front':{'Aliases':['web']}}}"),
                spec.createBody().path("NetworkingConfig"));
        assertEquals(Map.of("back", json("{'Aliases':['api'],'IPAMConfig':{'IPv4Address':'10.1.0.9'}}")),
                spec.laterNetworks());
    }

    @Test
    void withoutTheOldImageEverythingIsCopied() throws IOException {
        JsonNode container = json("""
                {'Id':'0123456789abcdef','Config':{'Env':['PATH=/bin'],'Cmd':['serve'],'Tty':true},
                 'HostConfig':{'NetworkMode':'container:other'},'NetworkSettings':{'Networks':{}}}""");

        ContainerSpec spec = ContainerSpec.copyOf(container, com.fasterxml.jackson.databind.node.MissingNode
                .getInstance(), "ledger:new");

        assertEquals(json("['PATH=/bin']"), spec.createBody().path("Env"));
        assertEquals(json("['serve']"), spec.createBody().path("Cmd"));
        assertEquals("container:other", spec.createBody().path("HostConfig").path("NetworkMode").asText());
        assertEquals(false, spec.createBody().has("NetworkingConfig"));
        assertEquals(true, spec.tty());
    }
}
