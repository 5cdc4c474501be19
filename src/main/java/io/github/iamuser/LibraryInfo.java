package io.github.iamuser;

import io.github.iamuser.generated.api.LookupsApi;
import io.github.iamuser.generated.api.UsersApi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/** What this library is: its own version and the versions of Akamai's IAM API it calls. */
public final class LibraryInfo {
    /** The Retrofit interfaces generated from {@code openapi/}: every request the library sends is declared here. */
    private static final List<Class<?>> API_INTERFACES = List.of(
            UsersApi.class,
            LookupsApi.class,
            io.github.iamuser.generated.v3.api.UsersApi.class,
            io.github.iamuser.generated.v3.api.LookupsApi.class);

    private static final Pattern API_VERSION = Pattern.compile("^/?identity-management/(v\\d+)/");

    private LibraryInfo() {}

    /** The library's version, from its jar's manifest; {@code dev} when it runs from compiled classes. */
    public static String version() {
        String version = LibraryInfo.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * The IAM API versions the library calls, such as {@code [v2, v3]}, read from the paths of the generated
     * interfaces' requests (so a new API version is listed as soon as its interface is added above).
     */
    public static List<String> iamApiVersions() {
        TreeSet<String> versions = new TreeSet<>();
        for (Class<?> api : API_INTERFACES) {
            for (Method method : api.getMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    Matcher matcher = API_VERSION.matcher(path(annotation));
                    if (matcher.find()) {
                        versions.add(matcher.group(1));
                    }
                }
            }
        }
        return List.copyOf(versions);
    }

    private static String path(Annotation annotation) {
        if (annotation instanceof GET get) {
            return get.value();
        } else if (annotation instanceof PUT put) {
            return put.value();
        } else if (annotation instanceof POST post) {
            return post.value();
        } else if (annotation instanceof PATCH patch) {
            return patch.value();
        } else if (annotation instanceof DELETE delete) {
            return delete.value();
        } else if (annotation instanceof HTTP http) {
            return http.path();
        }
        return "";
    }
}
