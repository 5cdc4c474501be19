package io.github.iamuser.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines that survive a crash: a cut line is closed before the next, read back as incomplete; new files are private. */
class DurableLinesTest {
    @TempDir
    Path dir;

    @Test
    void aLineCutByACrashIsClosedAndReadAsIncomplete() throws Exception {
        Path file = dir.resolve("journal");
        Files.writeString(file, "{\"a\":1}\n{\"b\":");
        JsonObject next = new JsonObject();
        next.addProperty("c", 3);
        try (DurableLines lines = DurableLines.open(file)) {
            lines.append(next);
        }
        List<DurableLines.Line> read = DurableLines.read(file);
        assertEquals(3, read.size());
        assertEquals(1, read.get(0).json().get("a").getAsInt());
        assertNull(read.get(1).json());
        assertEquals(2, read.get(1).number());
        assertEquals(next, read.get(2).json());
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
