package io.github.iamuser.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines that survive a crash or a full disk: a write that fails is cut off and nothing is written after it; a
 * cut last line is read as incomplete and removed when the file is opened again; a broken line followed by
 * others is damage; new files are private.
 */
class DurableLinesTest {
    @TempDir
    Path dir;

    private static JsonObject json(String name, int value) {
        JsonObject json = new JsonObject();
        json.addProperty(name, value);
        return json;
    }

    private static List<DurableLines.Line> read(Path file) throws IOException {
        List<DurableLines.Line> lines = new ArrayList<>();
        DurableLines.read(file, lines::add);
        return lines;
    }

    @Test
    void aLineCutByACrashIsReadAsIncompleteThenRemovedWhenTheFileIsOpenedAgain() throws Exception {
        Path file = dir.resolve("journal");
        Files.writeString(file, "{\"a\":1}\n{\"b\":");
        List<DurableLines.Line> cut = read(file);
        assertEquals(2, cut.size());
        assertNull(cut.get(1).json());
        assertEquals(2, cut.get(1).number());

        try (DurableLines lines = DurableLines.open(file)) {
            lines.append(json("c", 3));
        }

        assertEquals("{\"a\":1}\n{\"c\":3}\n", Files.readString(file));
    }

    @Test
    void aBrokenLineFollowedByOtherLinesIsDamageNamedByItsNumber() throws Exception {
        Path file = dir.resolve("backup");
        Files.writeString(file, "{\"a\":1}\n{\"b\":2,\"c{\"d\":4}\n{\"e\":5}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(file));
        assertTrue(e.getMessage().startsWith(file + " line 2 is damaged"), e.getMessage());
    }

    @Test
    void aWriteThatFailsOnAFullDiskIsCutOffAndNoLineIsWrittenAfterIt() throws Exception {
        Path file = dir.resolve("run.backup");
        FullDiskChannel.with(file, 12, () -> {
            try (DurableLines lines = DurableLines.open(file)) {
                lines.append(json("a", 1)); // 8 bytes
                IOException full = assertThrows(IOException.class, () -> lines.append(json("b", 2)));
                assertEquals(file + " could not be written (No space left on device)", full.getMessage());
                assertEquals("{\"a\":1}\n", Files.readString(file), "the part written is cut off again");
                FullDiskChannel.free(file, 100);
                IOException after = assertThrows(IOException.class, () -> lines.append(json("c", 3)));
                assertEquals(full.getMessage(), after.getMessage());
                assertEquals("{\"a\":1}\n", Files.readString(file), "nothing is written after a failed line");
            }
            try (DurableLines again = DurableLines.open(file)) {
                again.append(json("c", 3));
            }
        });
        assertEquals("{\"a\":1}\n{\"c\":3}\n", Files.readString(file));
    }

    @Test
    void aFileThatDoesNotEndWithAJsonLineIsRefusedNotCut() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "my notes\nkeep this");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DurableLines.open(file));
        assertTrue(e.getMessage().contains("does not end with a line of JSON"), e.getMessage());
        assertEquals("my notes\nkeep this", Files.readString(file));
    }

    @Test
    void aNewFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("backup");
        try (DurableLines lines = DurableLines.open(file)) {
            lines.append(new JsonObject());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
