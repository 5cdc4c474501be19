package io.github.iamuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library's version and the IAM API versions it reports (iam-user --version, the command line's help). */
class LibraryInfoTest {
    @Test
    void theApiVersionsAreEveryVersionTheGeneratedCodeCalls() throws IOException {
        Pattern path = Pattern.compile("\"/?identity-management/(v\\d+)/");
        TreeSet<String> called = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("generated"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher matcher = path.matcher(read(f));
                while (matcher.find()) {
                    called.add(matcher.group(1));
                }
            });
        }
        assertFalse(called.isEmpty(), "no request path found in generated/");
        assertEquals(
                List.copyOf(called),
                LibraryInfo.iamApiVersions(),
                "generated/ and ApiVersion (which LibraryInfo reports) name different IAM API versions:"
                        + " add the new version to ApiVersion and VersionedCalls");
    }

    @Test
    void theVersionIsDevOutsideAJar() {
        assertEquals("dev", LibraryInfo.version()); // the packaged version: PackagedArtifactsIT
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
