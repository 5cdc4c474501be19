package io.github.iamuser.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What the files kept on this machine share (journals, backups, the command line's lock files): permissions, hashed names. */
public final class LocalFiles {
    private LocalFiles() {}

    /** Read and write for the owner only, where files have POSIX permissions (none asked elsewhere). */
    public static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
    }

    /**
     * True when {@code a} and {@code b} name one file, spelled alike or not (through {@code ..} or a link, even a
     * link to a file not created yet).
     */
    public static boolean sameFile(Path a, Path b) throws IOException {
        return target(a).equals(target(b)) || (Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b));
    }

    /** Where {@code path} leads: its links followed, as far as they go, in a folder named as it really is. */
    private static Path target(Path path) throws IOException {
        Path at = path.toAbsolutePath().normalize();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(at); hops++) {
            at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
        }
        Path folder = at.getParent();
        return folder != null && Files.isDirectory(folder) ? folder.toRealPath().resolve(at.getFileName()) : at;
    }

    /** The SHA-256 of {@code text} (UTF-8) in lower-case hex: 64 characters. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
