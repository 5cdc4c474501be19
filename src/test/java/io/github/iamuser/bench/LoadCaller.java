package io.github.iamuser.bench;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.sandbox.IamSandbox;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One benchmark thread: it owns a load user of the sandbox and counts its updates, each of which
 * sets the user's job title to {@code "Tester <count>"}; {@link SandboxUnderLoad} checks the
 * stored user at the end of the trial.
 */
@State(Scope.Thread)
public class LoadCaller {
    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
    private static final String TITLE_MARK = "\u0000title\u0000";

    String userId;
    Request rawGet;
    private String rawUrlOfPut;
    private JsonObject seeded;
    private String bodyBeforeTitle;
    private String bodyAfterTitle;
    private volatile long updates;

    /** Claims a load user, remembers its seeded profile and prepares the baseline's requests. */
    @Setup(Level.Trial)
    public void claimUser(SandboxUnderLoad load) {
        userId = load.claimLoadUser(this);
        JsonObject stored = load.sandbox.user(null, userId);
        seeded = new JsonObject();
        for (ProfileField field : ProfileField.of(ApiVersion.V2)) {
            seeded.add(field.jsonName(), stored.get(field.jsonName()));
        }
        JsonObject marked = seeded.deepCopy();
        marked.addProperty(ProfileField.JOB_TITLE.jsonName(), TITLE_MARK);
        String body = new Gson().toJson(marked);
        String escapedMark = new Gson().toJson(TITLE_MARK);
        int at = body.indexOf(escapedMark);
        bodyBeforeTitle = body.substring(0, at + 1);
        bodyAfterTitle = body.substring(at + escapedMark.length() - 1);
        String userUrl = load.sandbox.baseUrl() + "identity-management/v2/user-admin/ui-identities/" + userId;
        rawGet = new Request.Builder().url(userUrl).build();
        rawUrlOfPut = userUrl + "/basic-info";
    }

    /** Counts one more update and returns the job title it sets. */
    String nextTitle() {
        long count = updates + 1;
        updates = count;
        return "Tester " + count;
    }

    /** The raw PUT of the complete seeded profile with {@code title}, serialized by string concatenation. */
    Request rawPut(String title) {
        byte[] body = (bodyBeforeTitle + title + bodyAfterTitle).getBytes(StandardCharsets.UTF_8);
        return new Request.Builder()
                .url(rawUrlOfPut)
                .put(RequestBody.create(body, JSON))
                .build();
    }

    /**
     * Checks that the stored user holds this caller's last job title and every other field as seeded,
     * and returns the number of updates made.
     */
    long checkUser(IamSandbox sandbox) {
        JsonObject stored = sandbox.user(null, userId);
        JsonObject expected = seeded.deepCopy();
        if (updates > 0) {
            expected.addProperty(ProfileField.JOB_TITLE.jsonName(), "Tester " + updates);
        }
        for (ProfileField field : ProfileField.of(ApiVersion.V2)) {
            String name = field.jsonName();
            if (!expected.get(name).equals(stored.get(name))) {
                throw new IllegalStateException("lost update on " + userId + ": " + name + " is " + stored.get(name)
                        + " after " + updates + " updates, expected " + expected.get(name));
            }
        }
        return updates;
    }
}
