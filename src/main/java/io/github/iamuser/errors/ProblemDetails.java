package io.github.iamuser.errors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An RFC 9457 problem document as Akamai writes it, read tolerantly: the status may be spelled
 * {@code status}, {@code httpStatus} or {@code statusCode}, an {@code errors[]} item may be a bare
 * string, and a body that is not a JSON object yields no problem at all instead of an error. Absent
 * text members are null; {@code requestId} comes from the authentication layer.
 */
// Read by hand rather than with the generated Problem model: Gson would reject the whole document
// over one odd member (a string in errors[], a status such as "n/a"), and Akamai writes both.
public record ProblemDetails(
        String type, String title, String detail, Optional<Integer> status, String requestId, List<FieldError> errors) {

    /** Parses a response body; empty when the body is blank, not JSON, or JSON but not an object. */
    public static Optional<ProblemDetails> parse(String body) {
        JsonObject json;
        try {
            json = JsonParser.parseString(body == null ? "" : body).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException notAnObject) {
            return Optional.empty();
        }
        JsonElement errors = json.get("errors");
        return Optional.of(new ProblemDetails(
                text(json.get("type")),
                text(json.get("title")),
                text(json.get("detail")),
                Stream.of("status", "httpStatus", "statusCode")
                        .flatMap(name -> integer(json.get(name)))
                        .findFirst(),
                text(json.get("requestId")),
                errors == null || !errors.isJsonArray()
                        ? List.of()
                        : errors.getAsJsonArray().asList().stream()
                                .filter(item -> !item.isJsonNull())
                                .map(FieldError::of)
                                .toList()));
    }

    /** The non-blank parts, trimmed, without repeats, joined by {@code ": "}. */
    static String join(String... parts) {
        return Stream.of(parts)
                .filter(s -> s != null && !s.isBlank())
                .map(String::trim)
                .distinct()
                .collect(Collectors.joining(": "));
    }

    private static String text(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        return element.isJsonPrimitive() ? element.getAsString() : element.toString();
    }

    private static Stream<Integer> integer(JsonElement element) {
        try {
            return element == null || !element.isJsonPrimitive()
                    ? Stream.empty()
                    : Stream.of(Integer.parseInt(element.getAsString().trim()));
        } catch (NumberFormatException notANumber) {
            return Stream.empty();
        }
    }

    /**
     * One item of a problem's {@code errors[]}: the field it concerns (when named), a title and a
     * detail; an item that is a bare string becomes its detail.
     */
    public record FieldError(String field, String title, String detail) {
        private static FieldError of(JsonElement item) {
            if (!item.isJsonObject()) {
                return new FieldError(null, null, text(item));
            }
            JsonObject o = item.getAsJsonObject();
            return new FieldError(text(o.get("field")), text(o.get("title")), text(o.get("detail")));
        }

        /** A one-line description, such as {@code firstName: must be 1 to 50 characters}. */
        public String describe() {
            String text = join(title, detail);
            return (field == null || field.isBlank() ? "" : field + ": ")
                    + (text.isEmpty() ? "(no description)" : text);
        }
    }
}
