package io.github.iamuser.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonParser;
import io.github.iamuser.generated.v3.model.Notifications;
import io.github.iamuser.internal.StrictJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * NotificationsState: a GET's notification settings in the PUT's form, and a change applied to them; read
 * from real JSON, the PUT's body as {@link AccessBodies} writes it.
 */
class NotificationsStateTest {
    /** Every member, as Akamai's examples show a user's settings. */
    private static final String WHOLE = "{\"enableEmailNotifications\":true,\"options\":{\"newUserNotification\":true,"
            + "\"passwordExpiry\":true,\"proactive\":[\"EdgeKV\",\"NetStorage\"],\"upgrade\":[\"EdgeScape\"],"
            + "\"apiClientCredentialExpiryNotification\":false}}";

    private static Notifications answer(String json) {
        return StrictJson.gson().fromJson(json, Notifications.class);
    }

    private static String body(NotificationsState state) {
        return AccessBodies.notificationsJson(state.update()).toString();
    }

    @Test
    void anAnswerBecomesTheRequestFormWithEveryMemberAsRead() {
        assertEquals(
                "{\"enableEmailNotifications\":true,\"options\":{\"passwordExpiry\":true,"
                        + "\"proactive\":[\"EdgeKV\",\"NetStorage\"],\"upgrade\":[\"EdgeScape\"],"
                        + "\"newUserNotification\":true,\"apiClientCredentialExpiryNotification\":false}}",
                body(NotificationsState.fromAnswer(answer(WHOLE))));
    }

    @Test
    void eachSwitchChangesItsOwnMemberAndNothingElse() {
        NotificationsState state = NotificationsState.fromAnswer(answer(WHOLE));

        state.apply(new NotificationsChange()
                .emailNotifications(false)
                .passwordExpiry(false)
                .newUserNotification(false)
                .apiClientCredentialExpiryNotification(true));

        assertEquals(
                "{\"enableEmailNotifications\":false,\"options\":{\"passwordExpiry\":false,"
                        + "\"proactive\":[\"EdgeKV\",\"NetStorage\"],\"upgrade\":[\"EdgeScape\"],"
                        + "\"newUserNotification\":false,\"apiClientCredentialExpiryNotification\":true}}",
                body(state));
    }

    @Test
    void aProductIsAddedAtTheEndOnceAndRemovedWhereItIsWithoutTouchingTheAnswer() {
        Notifications read = answer(WHOLE);
        NotificationsState state = NotificationsState.fromAnswer(read);

        state.apply(new NotificationsChange()
                .subscribeProactive("Ion", "EdgeKV")
                .unsubscribeProactive("NetStorage")
                .unsubscribeUpgrade("EdgeKV"));

        assertEquals(List.of("EdgeKV", "Ion"), state.update().getOptions().getProactive());
        assertEquals(List.of("EdgeScape"), state.update().getOptions().getUpgrade());
        assertEquals(List.of("EdgeKV", "NetStorage"), read.getOptions().getProactive(), "the answer as read");
    }

    @Test
    void aListTheAnswerLacksStaysMissingWhatEverTheChangeSaysAndAnOptionalSwitchIsLeftOut() {
        NotificationsState state = NotificationsState.fromAnswer(
                answer("{\"enableEmailNotifications\":true,\"options\":{\"passwordExpiry\":false,"
                        + "\"proactive\":[\"EdgeKV\"]}}"));

        state.apply(new NotificationsChange().subscribeUpgrade("EdgeKV").subscribeProactive("Ion"));

        assertNull(state.update().getOptions().getUpgrade(), "refused as missing later, never guessed as []");
        assertEquals(
                "{\"enableEmailNotifications\":true,\"options\":{\"passwordExpiry\":false,"
                        + "\"proactive\":[\"EdgeKV\",\"Ion\"]}}",
                body(state));
        assertEquals(
                "options.upgrade",
                AccessBodies.notificationsViolations(state.update()).get(0).field());
    }

    @Test
    void anAnswerWithoutSettingsGetsOnlyWhatTheChangeSets() {
        NotificationsState state = NotificationsState.fromAnswer(null);

        state.apply(new NotificationsChange().newUserNotification(true));

        assertEquals("{\"enableEmailNotifications\":null,\"options\":{\"newUserNotification\":true}}", body(state));
        assertEquals(
                List.of("enableEmailNotifications", "options.passwordExpiry", "options.proactive", "options.upgrade"),
                AccessBodies.notificationsViolations(state.update()).stream()
                        .map(v -> v.field())
                        .toList(),
                "the required members stay missing: refused, never guessed");
    }

    @Test
    void replaceAllComesBeforeTheOtherChanges() {
        NotificationsState state = NotificationsState.fromAnswer(answer(WHOLE));

        state.apply(new NotificationsChange()
                .replaceAll(JsonParser.parseString("{\"enableEmailNotifications\":false,\"options\":{"
                                + "\"passwordExpiry\":false,\"proactive\":[],\"upgrade\":[\"Ion\"]}}")
                        .getAsJsonObject())
                .passwordExpiry(true)
                .subscribeProactive("EdgeKV"));

        assertEquals(
                "{\"enableEmailNotifications\":false,\"options\":{\"passwordExpiry\":true,"
                        + "\"proactive\":[\"EdgeKV\"],\"upgrade\":[\"Ion\"]}}",
                body(state));
    }

    @Test
    void theMeaningNamesEachMemberSetWithItsValueAsText() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("enableEmailNotifications", "true");
        expected.put("options.passwordExpiry", "true");
        expected.put("options.proactive", "[EdgeKV, NetStorage]");
        expected.put("options.upgrade", "[EdgeScape]");
        expected.put("options.newUserNotification", "true");
        expected.put("options.apiClientCredentialExpiryNotification", "false");

        assertEquals(expected, NotificationsState.fromAnswer(answer(WHOLE)).meaning());
        assertEquals(
                Map.of("enableEmailNotifications", "false"),
                NotificationsState.fromAnswer(answer("{\"enableEmailNotifications\":false}"))
                        .meaning());
    }
}
