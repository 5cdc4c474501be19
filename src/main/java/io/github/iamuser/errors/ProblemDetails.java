package io.github.iamuser.errors;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An RFC 9457 problem document as Akamai writes it, read tolerantly: the status may be spelled
 * {@code status}, {@code httpStatus} or {@code statusCode}, unknown members are kept, and a body
 * that is not a JSON object yields no problem at all instead of an error.
 */
public final class ProblemDetails {
  private static final List<String> STATUS_MEMBERS = List.of("status", "httpStatus", "statusCode");

  private final JsonObject json;
  private final List<FieldError> errors;

  private ProblemDetails(JsonObject json) {
    this.json = json;
    this.errors = readErrors(json.get("errors"));
  }

  /** Parses a response body; empty when the body is blank, not JSON, or JSON but not an object. */
  public static Optional<ProblemDetails> parse(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonElement element = JsonParser.parseString(body);
      return element.isJsonObject()
          ? Optional.of(new ProblemDetails(element.getAsJsonObject()))
          : Optional.empty();
    } catch (JsonParseException notJson) {
      return Optional.empty();
    }
  }

  /** The problem type, a URI reference such as {@code /useradmin-api/error-types/1100}, or null. */
  public String type() {
    return text(json.get("type"));
  }

  /** The short human-readable summary, such as {@code User not found}, or null. */
  public String title() {
    return text(json.get("title"));
  }

  /** The explanation specific to this occurrence, or null. */
  public String detail() {
    return text(json.get("detail"));
  }

  /** The URI reference of this occurrence, or null. */
  public String instance() {
    return text(json.get("instance"));
  }

  /** The HTTP status the document states under any of its three spellings, if it states one. */
  public Optional<Integer> status() {
    return STATUS_MEMBERS.stream()
        .map(json::get)
        .map(ProblemDetails::integer)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The {@code requestId} the authentication layer adds, or null. */
  public String requestId() {
    return text(json.get("requestId"));
  }

  /** The items of {@code errors[]}, in order; empty when there are none. */
  public List<FieldError> errors() {
    return errors;
  }

  /** Any member by name, as its string value or, for objects and arrays, its JSON text. */
  public Optional<String> member(String name) {
    return Optional.ofNullable(text(json.get(name)));
  }

  /** True when the title, the detail or any error item contains the token, ignoring case. */
  public boolean mentions(String token) {
    String wanted = token.toLowerCase(Locale.ROOT);
    return Stream.concat(Stream.of(title(), detail()),
            errors.stream().flatMap(e -> Stream.of(e.title(), e.detail())))
        .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(wanted));
  }

  /** The document as compact JSON. */
  @Override
  public String toString() {
    return json.toString();
  }

  private static List<FieldError> readErrors(JsonElement element) {
    if (element == null || !element.isJsonArray()) {
      return List.of();
    }
    JsonArray array = element.getAsJsonArray();
    List<FieldError> items = new ArrayList<>(array.size());
    for (JsonElement item : array) {
      if (item.isJsonObject()) {
        JsonObject o = item.getAsJsonObject();
        items.add(new FieldError(text(o.get("field")), text(o.get("title")), text(o.get("detail"))));
      } else if (!item.isJsonNull()) {
        items.add(new FieldError(null, null, text(item)));
      }
    }
    return List.copyOf(items);
  }

  private static String text(JsonElement element) {
    if (element == null || element.isJsonNull()) {
      return null;
    }
    return element.isJsonPrimitive() ? element.getAsString() : element.toString();
  }

  private static Optional<Integer> integer(JsonElement element) {
    if (element == null || !element.isJsonPrimitive()) {
      return Optional.empty();
    }
    JsonPrimitive primitive = element.getAsJsonPrimitive();
    try {
      return Optional.of(Integer.parseInt(primitive.getAsString().trim()));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  /**
   * One item of a problem's {@code errors[]}: the field it concerns (when named), a title and a
   * detail; an item that is a bare string becomes its detail.
   */
  public record FieldError(String field, String title, String detail) {
    /** A one-line description, such as {@code firstName: must be 1 to 50 characters}. */
    public String describe() {
      String text = Stream.of(title, detail)
          .filter(s -> s != null && !s.isBlank())
          .distinct()
          .reduce((a, b) -> a + ": " + b)
          .orElse("(no description)");
      return field == null || field.isBlank() ? text : field + ": " + text;
    }
  }
}
