package io.github.iamuser.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProblemDetailsTest {
  @Test
  void readsAkamaisUserNotFound() {
    ProblemDetails p = parse("{\"type\":\"/useradmin-api/error-types/1100\",\"title\":\"User not found\","
        + "\"httpStatus\":404,\"detail\":\"\",\"instance\":\"\"}");

    assertEquals("/useradmin-api/error-types/1100", p.type());
    assertEquals("User not found", p.title());
    assertEquals("", p.detail());
    assertEquals(Optional.of(404), p.status());
    assertEquals(List.of(), p.errors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"status\":429}", "{\"httpStatus\":429}", "{\"statusCode\":429}",
      "{\"status\":\"429\"}", "{\"status\":\"n/a\",\"statusCode\":429}"})
  void acceptsEverySpellingOfTheStatus(String json) {
    assertEquals(Optional.of(429), parse(json).status());
  }

  @Test
  void noStatusMemberMeansNoStatus() {
    assertEquals(Optional.empty(), parse("{\"title\":\"x\",\"status\":null}").status());
  }

  @Test
  void readsErrorItemsWhetherObjectsOrStrings() {
    ProblemDetails p = parse("{\"errors\":[{\"field\":\"firstName\",\"title\":\"Too long\","
        + "\"detail\":\"at most 50 characters\"},\"zipCode is not 5 digits\",null,{\"detail\":\"d\"}]}");

    assertEquals(List.of(
        new ProblemDetails.FieldError("firstName", "Too long", "at most 50 characters"),
        new ProblemDetails.FieldError(null, null, "zipCode is not 5 digits"),
        new ProblemDetails.FieldError(null, null, "d")), p.errors());
    assertEquals("firstName: Too long: at most 50 characters", p.errors().get(0).describe());
    assertEquals("zipCode is not 5 digits", p.errors().get(1).describe());
  }

  @Test
  void keepsUnknownMembersAndAuthenticationLayerFields() {
    ProblemDetails p = parse("{\"requestId\":\"a73affa\",\"clientIp\":\"89.67.110.254\","
        + "\"extra\":{\"nested\":[1,2]},\"errors\":\"not a list\"}");

    assertEquals("a73affa", p.requestId());
    assertEquals(Optional.of("89.67.110.254"), p.member("clientIp"));
    assertEquals(Optional.of("{\"nested\":[1,2]}"), p.member("extra"));
    assertEquals(Optional.empty(), p.member("absent"));
    assertEquals(List.of(), p.errors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "<html><body>502 Bad Gateway</body></html>", "Too many requests",
      "[{\"title\":\"x\"}]", "\"just a string\"", "null", "{\"title\": unterminated"})
  void anythingButAJsonObjectIsNoProblem(String body) {
    assertEquals(Optional.empty(), ProblemDetails.parse(body));
  }

  @Test
  void mentionsLooksInTitleDetailAndErrorsIgnoringCase() {
    assertTrue(parse("{\"detail\":\"blocked: ipblock-burst\"}").mentions("IPBLOCK-BURST"));
    assertTrue(parse("{\"errors\":[{\"title\":\"IPBLOCK-BURST\"}]}").mentions("IPBLOCK-BURST"));
    assertFalse(parse("{\"type\":\"IPBLOCK-BURST\"}").mentions("IPBLOCK-BURST"));
  }

  private static ProblemDetails parse(String json) {
    return ProblemDetails.parse(json).orElseThrow();
  }
}
