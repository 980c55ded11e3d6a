package dev.synckit.app;

import dev.synckit.config.BuildIdentity;
import dev.synckit.contract.VerifyInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Which build this process runs: version, commit and date baked into the jar at build time, and the SHA-256 of the
 * jar file itself, computed at start (a jar cannot hold its own hash). {@code BUILD_*} settings override each.
 */
public record RunningBuild(String version, String commit, String date, String sha256) {

    private static final String RESOURCE = "/dev/synckit/app/build.properties";

    /** The identity of the running code, with overrides from the settings where present. */
    public static RunningBuild of(BuildIdentity overrides) {
        var baked = baked();
        return new RunningBuild(
                version(overrides, baked),
                firstPresent(baked, "commit").orElse("unknown"),
                overrides.date().orElse(baked.getProperty("date", "")),
                overrides.sha256().orElseGet(RunningBuild::sha256OfRunningJar));
    }

    /** Only the version, without hashing the jar: what a backup file records. */
    public static String version(BuildIdentity overrides) {
        return version(overrides, baked());
    }

    private static String version(BuildIdentity overrides, Properties baked) {
        return overrides.version().orElse(firstPresent(baked, "describe", "version").orElse("dev"));
    }

    /** The {@code /verify} answer for a server called {@code name}. */
    public VerifyInfo verifyInfo(String name) {
        return new VerifyInfo(name, sha256, version, date);
    }

    private static Optional<String> firstPresent(Properties baked, String... keys) {
        for (var key : keys) {
            var value = baked.getProperty(key, "").strip();
            if (!value.isEmpty() && !value.startsWith("${")) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Properties baked() {
        var properties = new Properties();
        try (InputStream in = RunningBuild.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The hash of the jar this class was loaded from; empty when running from classes (tests, an IDE). */
    static String sha256OfRunningJar() {
        try {
            var location = Path.of(RunningBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? sha256(location) : "";
        } catch (URISyntaxException | SecurityException e) {
            return "";
        }
    }

    static String sha256(Path file) {
        try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
