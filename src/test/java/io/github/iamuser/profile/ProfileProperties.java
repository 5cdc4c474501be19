package io.github.iamuser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Properties of planning and validation over generated profiles and changes. */
class ProfileProperties {
  private final ProfileValidator validator = new ProfileValidator();

  @Property
  void theValidatorAcceptsEveryValidProfile(@ForAll("validProfiles") JsonObject profile) {
    assertEquals(List.of(), validator.validateAll(profile));
  }

  @Property
  void theValidatorRejectsEveryInvalidProfileNamingTheField(
      @ForAll("validProfiles") JsonObject profile, @ForAll("corruptions") Tuple.Tuple2<String, Object> bad) {
    JsonObject broken = Profiles.with(profile, bad.get1(), bad.get2());
    if (bad.get1().equals("state") || bad.get1().equals("zipCode")) {
      broken.addProperty("country", "USA");
    }
    List<Violation> found = validator.validateAll(broken);
    assertTrue(found.stream().anyMatch(v -> v.field().equals(bad.get1())),
        () -> bad.get1() + " should be named in " + found);
  }

  @Property
  void theBodyAlwaysCarriesEveryKeyAndUnchangedFieldsKeepTheirValue(
      @ForAll("validProfiles") JsonObject stored, @ForAll("changes") ProfileChange change) {
    ProfilePlan plan = ProfilePlan.of(stored, change);
    JsonObject body = plan.body();
    assertEquals(ProfileFields.names(), body.keySet());
    assertEquals(List.of(), ProfileFields.missingOrNull(body));
    for (String name : ProfileFields.names()) {
      if (!change.values().containsKey(name)) {
        assertEquals(stored.get(name), body.get(name), name + " was not changed");
      } else {
        assertEquals(change.values().get(name), body.get(name), name + " was changed");
      }
    }
    Set<String> changed = plan.changedFields();
    for (String name : changed) {
      assertTrue(change.values().containsKey(name), name + " changed without being asked");
    }
  }

  @Property
  void aStoredProfileMissingTextFieldsIsCompletedWithNoValue(
      @ForAll("validProfiles") JsonObject stored, @ForAll("optionalText") String dropped) {
    JsonObject partial = stored.deepCopy();
    partial.remove(dropped);
    ProfilePlan plan = ProfilePlan.of(partial, new ProfileChange().firstName("Grace"));
    assertEquals("", plan.body().get(dropped).getAsString());
    assertFalse(plan.changedFields().contains(dropped), "filling in \"\" is not a change");
  }

  @Provide
  Arbitrary<JsonObject> validProfiles() {
    Arbitrary<String> name = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(50);
    Arbitrary<String> email = Combinators.combine(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12))
        .as((user, domain) -> user + "@" + domain + ".com");
    Arbitrary<String> phone = Arbitraries.oneOf(Arbitraries.just(""),
        Arbitraries.strings().numeric().ofLength(10),
        Arbitraries.strings().numeric().ofLength(10)
            .map(d -> "(" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6)),
        Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(13).map(d -> "+" + d));
    Arbitrary<String> place = Arbitraries.oneOf(
        Arbitraries.of("MA", "NY", "TBD").map(s -> "USA|" + s),
        Arbitraries.of("ON", "QC").map(s -> "Canada|" + s),
        Arbitraries.of("Germany", "India", "Japan").map(c -> c + "|"));
    Arbitrary<String> usZip = Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(5),
        Arbitraries.strings().numeric().ofLength(9).map(d -> d.substring(0, 5) + "-" + d.substring(5)));
    return Builders.withBuilder(JsonObject::new)
        .use(name).in((p, v) -> put(p, "firstName", v))
        .use(name).in((p, v) -> put(p, "lastName", v))
        .use(email).in((p, v) -> put(p, "email", v))
        .use(Arbitraries.oneOf(Arbitraries.just(""), email)).in((p, v) -> put(p, "secondaryEmail", v))
        .use(phone).in((p, v) -> put(p, "phone", v))
        .use(phone).in((p, v) -> put(p, "mobilePhone", v))
        .use(Arbitraries.strings().ofMaxLength(75)).in((p, v) -> put(p, "jobTitle", v))
        .use(Arbitraries.strings().ofMaxLength(60)).in((p, v) -> put(p, "address", v))
        .use(Arbitraries.strings().ofMaxLength(40)).in((p, v) -> put(p, "city", v))
        .use(Combinators.combine(place, usZip, Arbitraries.strings().alpha().numeric().ofMaxLength(8))
            .as((pl, zip, other) -> pl + "|" + (pl.startsWith("USA|") ? zip : other)))
        .in((p, v) -> {
          String[] parts = v.split("\\|", -1);
          put(p, "country", parts[0]);
          put(p, "state", parts[1]);
          put(p, "zipCode", parts[2]);
          return p;
        })
        .use(Arbitraries.of("", "Billing", "Security")).in((p, v) -> put(p, "contactType", v))
        .use(Arbitraries.of("English", "Deutsch")).in((p, v) -> put(p, "preferredLanguage", v))
        .use(Arbitraries.of("America/New_York", "Europe/Berlin", "GMT")).in((p, v) -> put(p, "timeZone", v))
        .use(Arbitraries.of(900, 1800, 3600, 64800)).in((p, v) -> {
          p.addProperty("sessionTimeOut", v);
          return p;
        })
        .use(Arbitraries.of(true, false)).in((p, v) -> {
          p.addProperty("tfaEnabled", v);
          return p;
        })
        .build(p -> reorder(p));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, Object>> corruptions() {
    return Arbitraries.of(List.<Tuple.Tuple2<String, Object>>of(
        Tuple.of("firstName", ""), Tuple.of("firstName", "x".repeat(51)),
        Tuple.of("lastName", ""), Tuple.of("lastName", "y".repeat(80)),
        Tuple.of("jobTitle", "z".repeat(76)),
        Tuple.of("email", ""), Tuple.of("email", "not-an-email"),
        Tuple.of("secondaryEmail", "two@@example.com"),
        Tuple.of("phone", "call me"), Tuple.of("mobilePhone", "555"),
        Tuple.of("country", ""), Tuple.of("timeZone", ""), Tuple.of("preferredLanguage", " "),
        Tuple.of("sessionTimeOut", -5), Tuple.of("sessionTimeOut", "1800"),
        Tuple.of("tfaEnabled", "yes"),
        Tuple.of("state", ""), Tuple.of("zipCode", "1234")));
  }

  @Provide
  Arbitrary<ProfileChange> changes() {
    Arbitrary<Map<String, String>> sets = Arbitraries.maps(
        Arbitraries.of("jobTitle", "city", "address", "firstName", "lastName", "contactType",
            "phone", "state", "country"),
        Arbitraries.strings().alpha().ofMaxLength(20)).ofMaxSize(5);
    Arbitrary<Set<Field>> clears = Arbitraries.of(Field.MOBILE_PHONE, Field.JOB_TITLE, Field.CITY,
        Field.SECONDARY_EMAIL, Field.ADDRESS).set().ofMaxSize(3);
    return Combinators.combine(sets, clears, Arbitraries.integers().between(1, 90000).injectNull(0.5))
        .as((s, c, timeout) -> {
          ProfileChange change = new ProfileChange();
          s.forEach(change::set);
          c.forEach(change::clear);
          if (timeout != null) {
            change.sessionTimeOut(timeout);
          }
          return change;
        });
  }

  @Provide
  Arbitrary<String> optionalText() {
    return Arbitraries.of("secondaryEmail", "phone", "mobilePhone", "jobTitle", "address", "city",
        "contactType");
  }

  private static JsonObject put(JsonObject p, String key, String value) {
    p.addProperty(key, value);
    return p;
  }

  private static JsonObject reorder(JsonObject p) {
    JsonObject ordered = new JsonObject();
    ProfileFields.names().forEach(n -> ordered.add(n, p.get(n)));
    return ordered;
  }
}
