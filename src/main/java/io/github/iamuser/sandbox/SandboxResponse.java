package io.github.iamuser.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** An answer the sandbox is about to send: status, extra headers, content type and body bytes. */
record SandboxResponse(int status, Map<String, String> headers, String contentType, byte[] body) {
    /** Answers keep a member whose value is null, as IAM writes a subgroup that inherits ({@code "roleId": null}). */
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    /** A JSON answer. */
    static SandboxResponse json(int status, JsonElement body) {
        return new SandboxResponse(status, Map.of(), "application/json", utf8(GSON.toJson(body)));
    }

    /** An RFC 9457 problem document. */
    static SandboxResponse problem(int status, JsonElement problem) {
        return new SandboxResponse(status, Map.of(), "application/problem+json", utf8(GSON.toJson(problem)));
    }

    /** The same answer with extra headers (replacing any of the same name). */
    SandboxResponse withHeaders(Map<String, String> extra) {
        Map<String, String> merged = new HashMap<>(headers);
        merged.putAll(extra);
        return new SandboxResponse(status, Map.copyOf(merged), contentType, body);
    }

    /** The UTF-8 bytes of a text. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
