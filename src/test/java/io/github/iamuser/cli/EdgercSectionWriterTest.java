package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.auth.CredentialException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EdgercSectionWriter alone: which lines a section's new text replaces, and how the file is written. */
class EdgercSectionWriterTest {
    private static final String NEW = "[sandbox]\nhost = new\n";

    @Test
    void aSectionIsReplacedFromItsHeaderToItsLastSettingKeepingCommentsAfterIt() {
        String text = "[a]\nk = 1\n# before\n\n[sandbox]\nhost = old\n; inside\nclient_token = old\n"
                + "# after the last setting\n\n[b]\nx = 2\n";
        assertEquals(
                "[a]\nk = 1\n# before\n\n[sandbox]\nhost = new\n# after the last setting\n\n[b]\nx = 2\n",
                EdgercSectionWriter.merge(text, "sandbox", NEW));
    }

    @Test
    void aHeaderIsMatchedByItsTrimmedNameOnly() {
        assertEquals("[x]\n" + NEW, EdgercSectionWriter.merge("[x]\n[ sandbox ]\nhost = old\n", "sandbox", NEW));
        assertEquals(
                "[sandbox2]\nhost = keep\n\n" + NEW,
                EdgercSectionWriter.merge("[sandbox2]\nhost = keep\n", "sandbox", NEW),
                "another section whose name starts the same stays");
    }

    @Test
    void aNewSectionIsAppendedAfterOneBlankLine() {
        assertEquals(NEW, EdgercSectionWriter.merge("", "sandbox", NEW));
        assertEquals("[a]\nk = 1\n\n" + NEW, EdgercSectionWriter.merge("[a]\nk = 1", "sandbox", NEW));
        assertEquals("[a]\nk = 1\n\n" + NEW, EdgercSectionWriter.merge("[a]\nk = 1\n", "sandbox", NEW));
        assertEquals("[a]\nk = 1\n\n" + NEW, EdgercSectionWriter.merge("[a]\nk = 1\n\n", "sandbox", NEW));
    }

    @Test
    void theFilesLineBreaksAndByteOrderMarkAreKept() {
        assertEquals(
                "[a]\r\nk = 1\r\n\r\n[sandbox]\r\nhost = new\r\n",
                EdgercSectionWriter.merge("[a]\r\nk = 1\r\n", "sandbox", NEW));
        assertEquals(
                "\uFEFF[sandbox]\nhost = new\n[b]\nx = 2\n",
                EdgercSectionWriter.merge("\uFEFF[sandbox]\nhost = old\n[b]\nx = 2\n", "sandbox", NEW));
    }

    @Test
    void aNewFileIsReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("edgerc");
        EdgercSectionWriter.write(file, "sandbox", NEW);
        assertEquals(NEW, Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void anExistingFileKeepsItsPermissionsAndALinkStaysALink(@TempDir Path dir) throws Exception {
        Path real = dir.resolve("real.edgerc");
        Files.writeString(real, "[a]\nhost = h\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve(".edgerc"), real);
        EdgercSectionWriter.write(link, "sandbox", NEW);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("[a]\nhost = h\n\n" + NEW, Files.readString(real));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of(".edgerc", "real.edgerc"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aFileItCannotParseIsRefusedUntouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("edgerc");
        String text = "[a]\nnot a setting\n";
        Files.writeString(file, text);
        assertThrows(CredentialException.class, () -> EdgercSectionWriter.write(file, "sandbox", NEW));
        assertEquals(text, Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
