package io.github.iamuser.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.internal.ProfileValidator;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a PUT basic-info body as IAM does, one error per bad field, in the sandbox's words: strict
 * JSON, the rules of each {@link ProfileField} and across fields through the library's own
 * {@link ProfileValidator} (so the client and the sandbox agree on every format), then the lookups.
 */
final class PutBodyCheck {
    private static final ProfileValidator VALIDATOR = new ProfileValidator();
    private static final String LOOKUPS = "user-admin/common/";

    private PutBodyCheck() {}

    /** One invalid field (or {@code body} when the body as a whole is wrong) and what to do about it. */
    record FieldError(String field, String detail) {}

    /** The parsed profile when {@code errors} is empty. */
    record Result(JsonObject profile, List<FieldError> errors) {}

    /** Parses and checks a {@code version} body; every key present is checked, and a missing key is erased later. */
    static Result validate(byte[] body, ApiVersion version) {
        JsonBodyReader.Parsed parsed = JsonBodyReader.read(body);
        if (parsed.value() == null) {
            return new Result(null, parsed.errors("body", ""));
        }
        if (!parsed.value().isJsonObject()) {
            String detail =
                    "The body must be a JSON object with the 17 profile fields, not " + typeOf(parsed.value()) + ".";
            return new Result(null, List.of(new FieldError("body", detail)));
        }
        JsonObject profile = parsed.value().getAsJsonObject();
        Map<String, String> errors = new HashMap<>();
        List<String> unknown = ProfileField.unknownKeys(profile, version);
        for (String key : unknown) {
            errors.put(
                    key,
                    ProfileField.fromJsonName(key).isPresent()
                            ? key + " is not a field of " + version + "'s profile: remove it, and send "
                                    + ownField(version) + " instead."
                            : key + " is not a profile field: remove it. Only the 17 profile fields may"
                                    + " be sent; server-managed members such as uiIdentityId are read-only.");
        }
        parsed.memberProblems().forEach(errors::putIfAbsent);
        JsonObject checked = new JsonObject(); // a missing text key erases the field: checked as ""
        for (ProfileField field : ProfileField.of(version)) {
            String name = field.jsonName();
            JsonElement value = profile.get(name);
            boolean text = field.type() == ProfileField.Type.STRING;
            if (errors.containsKey(name)) {
                continue; // already wrong in its JSON
            } else if (value == null && text && field.nonEmpty()) {
                errors.put(
                        name,
                        name + " is missing: a missing key erases the field, and " + name
                                + " must not be empty. Send the current value.");
            } else if (value != null && value.isJsonNull()) {
                errors.put(
                        name,
                        name + " is null: " + (field.leftOutWhenEmptyIn(version) ? "leave the key out" : "send \"\"")
                                + " for no value (or send the value itself), never null.");
            } else if (field.leftOutWhenEmptyIn(version) && new JsonPrimitive("").equals(value)) {
                errors.put(
                        name,
                        "Request body property " + name + " must NOT have fewer than 1 characters: leave " + name
                                + " out for no value (a key left out erases the field).");
            } else if (value != null || text) {
                checked.add(name, value == null ? new JsonPrimitive("") : value);
            }
        }
        String lookups = version.pathPrefix() + LOOKUPS;
        for (Violation violation : VALIDATOR.validateAll(checked)) {
            errors.putIfAbsent(violation.field(), detail(violation, checked.get(violation.field()), lookups));
        }
        lookupProblems(checked, errors, lookups);
        List<String> order = new ArrayList<>(unknown);
        order.addAll(ProfileField.names(version));
        List<FieldError> list = order.stream()
                .filter(errors::containsKey)
                .map(field -> new FieldError(field, errors.get(field)))
                .toList();
        return new Result(list.isEmpty() ? profile : null, list);
    }

    /** The field only {@code version} has: what it has instead of the other's. */
    private static String ownField(ApiVersion version) {
        return (version == ApiVersion.V2 ? ProfileField.TFA_ENABLED : ProfileField.ADDITIONAL_AUTHENTICATION)
                .jsonName();
    }

    /** The sandbox's words for a rule the library's validator found broken. */
    private static String detail(Violation violation, JsonElement value, String lookups) {
        String name = violation.field();
        ProfileField field = ProfileField.fromJsonName(name).orElseThrow();
        return switch (violation.rule()) {
            case "type" ->
                name + " must be a JSON "
                        + switch (field.type()) {
                            case STRING -> "string";
                            case INTEGER -> "integer number of seconds";
                            case BOOLEAN -> "boolean";
                        }
                        + ", not " + typeOf(value) + ": " + whatToSend(name);
            case "required" -> name + " must not be empty: send the user's " + name + ".";
            case "max length" ->
                name + " is " + value.getAsString().codePoints().count() + " characters long, more than the "
                        + field.maxLength() + " allowed: shorten it.";
            case "pattern" ->
                name + " '" + value.getAsString() + "' is not " + field.patternInWords() + ": send one such as "
                        + field.example() + (field.nonEmpty() ? "." : ", or \"\" for none.");
            case "positive" -> timeoutProblem(value, lookups);
            case "US ZIP code" ->
                "zipCode '" + value.getAsString() + "' is not a US ZIP code: send five"
                        + " digits such as 02142, or ZIP+4 such as 02142-1234.";
            default -> name + " " + violation.message() + ".";
        };
    }

    /** What to send for a top-level member instead of a value of the wrong type or out of range. */
    static String whatToSend(String member) {
        return ProfileField.fromJsonName(member)
                .map(field -> switch (field.type()) {
                    case STRING -> "send the text in quotes (\"\" for no value).";
                    case INTEGER -> "send a number such as " + field.example() + ".";
                    case BOOLEAN -> "send true or false.";
                })
                .orElse("remove it.");
    }

    /** The server's own checks of the lookup-valued fields: the library's rules, in the sandbox's words. */
    private static void lookupProblems(JsonObject profile, Map<String, String> errors, String lookups) {
        for (Violation violation :
                ProfileValidator.validateLookups(profile, profile.keySet(), SandboxLookups::values)) {
            String name = violation.field();
            if (errors.containsKey(name)) {
                continue; // the first problem of a field is the one told
            }
            String value = violation.value();
            String country = name.equals("state") ? profile.get("country").getAsString() : null;
            String detail = switch (name) {
                case "state" ->
                    SandboxLookups.statesOf(country).isEmpty()
                            ? null // a state must be one of the lookup only for the USA and Canada
                            : "state '" + value + "' is not a state of " + country + " (" + lookups + "countries/"
                                    + country + "/states): use one of them"
                                    + (country.equals("USA") ? ", or " + SandboxLookups.US_PLACEHOLDER_STATE : "")
                                    + ".";
                case "timeZone" ->
                    "timeZone '" + value + "' is not one of the time zones (" + lookups
                            + "timezones): use a timezone value from it, such as America/New_York.";
                case "sessionTimeOut" -> timeoutProblem(profile.get(name), lookups);
                default -> {
                    String lookup = name.equals("country")
                            ? "countries"
                            : name.equals("contactType") ? "contact-types" : "supported-languages";
                    yield name + " '" + value + "' is not one of the " + lookup + " lookup (" + lookups + lookup
                            + "): use a value from it, such as "
                            + SandboxLookups.values(
                                            ProfileField.fromJsonName(name).orElseThrow(), null)
                                    .get(0) + ".";
                }
            };
            if (detail != null) {
                errors.put(name, detail);
            }
        }
    }

    /** Null for one of the timeout policies' values, else what to send instead. */
    private static String timeoutProblem(JsonElement value, String lookups) {
        BigDecimal seconds = value.getAsBigDecimal();
        boolean known = seconds.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                && SandboxLookups.isTimeout(seconds.longValue());
        return known
                ? null
                : "sessionTimeOut " + seconds.toPlainString() + " is not one of the timeout"
                        + " policies (" + lookups + "timeout-policies): use one of their values "
                        + SandboxLookups.TIMEOUT_POLICIES.stream()
                                .map(p -> Integer.toString(p.value()))
                                .toList() + ".";
    }

    private static String typeOf(JsonElement value) {
        if (!value.isJsonPrimitive()) {
            return value.isJsonObject() ? "an object" : value.isJsonArray() ? "an array" : "null";
        }
        JsonPrimitive p = value.getAsJsonPrimitive();
        return p.isString() ? "a string" : p.isBoolean() ? "a boolean" : "the number " + p.getAsString();
    }
}
