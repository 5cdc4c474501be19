package io.github.iamuser.cli;

import io.github.iamuser.internal.EdgercFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Adds or replaces one section of an {@code .edgerc} file and keeps every other byte: a file it cannot
 * parse is refused untouched, the new text replaces the file at once (never half written), an existing
 * file keeps its permissions and a new one is readable by its owner only.
 */
final class EdgercSectionWriter {
    private EdgercSectionWriter() {}

    /** Writes {@code sectionText} (headed {@code [section]}) into {@code file}; a file it cannot parse is a CredentialException. */
    static void write(Path file, String section, String sectionText) throws IOException {
        Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        String old = "";
        Set<PosixFilePermission> mode = null;
        if (Files.exists(target)) {
            EdgercFile.read(target);
            old = Files.readString(target, StandardCharsets.UTF_8);
            mode = posix ? Files.getPosixFilePermissions(target) : null;
        }
        // A temporary file is created readable by its owner only (0600 on POSIX).
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, merge(old, section, sectionText), StandardCharsets.UTF_8);
            if (mode != null) {
                Files.setPosixFilePermissions(temp, mode);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * {@code text} with section {@code section} replaced by {@code sectionText} (from its header to its
     * last setting; comments and blank lines after it stay), or with {@code sectionText} appended after a
     * blank line; written with the line breaks {@code text} uses.
     */
    static String merge(String text, String section, String sectionText) {
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        String replacement = sectionText.replace("\n", eol);
        List<String> lines = Arrays.asList(text.split("(?<=\n)"));
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = (i == 0 ? lines.get(i).replaceFirst("^\uFEFF", "") : lines.get(i)).strip();
            if (line.startsWith("[")) {
                if (start >= 0) {
                    break;
                }
                if (line.substring(1, line.length() - 1).strip().equals(section)) {
                    start = i;
                    end = i + 1;
                }
            } else if (start >= 0 && !line.isEmpty() && !line.startsWith("#") && !line.startsWith(";")) {
                end = i + 1;
            }
        }
        if (start >= 0) {
            String bom = start == 0 && text.startsWith("\uFEFF") ? "\uFEFF" : "";
            return String.join("", lines.subList(0, start))
                    + bom
                    + replacement
                    + String.join("", lines.subList(end, lines.size()));
        }
        String head = text.isEmpty() || text.endsWith("\n") ? text : text + eol;
        return head + (head.isBlank() || head.endsWith(eol + eol) ? "" : eol) + replacement;
    }
}
