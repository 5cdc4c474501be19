package io.github.iamuser.internal;

import io.github.iamuser.options.ApiVersion;
import java.util.Arrays;
import java.util.List;

/** What this library is: its own version and the versions of Akamai's IAM API it calls. */
public final class LibraryInfo {
    /** The logger every request and response line goes to (DEBUG: lines; TRACE: bodies too). */
    public static final String WIRE_LOGGER = "io.github.iamuser.wire";

    private LibraryInfo() {}

    /** The library's version, from its jar's manifest; {@code dev} when it runs from compiled classes. */
    public static String version() {
        String version = LibraryInfo.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * The IAM API versions the library calls, such as {@code [v2, v3]}: one per {@link ApiVersion}, the
     * versions a client can speak (LibraryInfoTest holds them to the paths of the generated interfaces).
     */
    public static List<String> iamApiVersions() {
        return Arrays.stream(ApiVersion.values()).map(v -> "v" + v.number()).toList();
    }
}
