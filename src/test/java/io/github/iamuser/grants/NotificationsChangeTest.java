package io.github.iamuser.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.grants.NotificationsChange.ProductList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NotificationsChange: switches set once, products named once per list, each under its own member. */
class NotificationsChangeTest {

    @Test
    void eachSwitchIsKeptUnderItsMemberName() {
        NotificationsChange change = new NotificationsChange()
                .emailNotifications(false)
                .passwordExpiry(true)
                .newUserNotification(false)
                .apiClientCredentialExpiryNotification(true);

        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("enableEmailNotifications", false);
        expected.put("passwordExpiry", true);
        expected.put("newUserNotification", false);
        expected.put("apiClientCredentialExpiryNotification", true);
        assertEquals(expected, change.switches());
        assertEquals(
                List.copyOf(expected.keySet()), List.copyOf(change.switches().keySet()), "in the order given");
    }

    @Test
    void aSwitchSetTwiceIsRefusedEvenToTheSameValue() {
        NotificationsChange change = new NotificationsChange().passwordExpiry(true);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> change.passwordExpiry(true));

        assertEquals("passwordExpiry is set twice: set it once; nothing was sent.", e.getMessage());
    }

    @Test
    void productsAreKeptPerListAndOnlySubscriptionsCountAsSubscribed() {
        NotificationsChange change = new NotificationsChange()
                .subscribeProactive("EdgeKV", "NetStorage")
                .unsubscribeProactive("EdgeScape")
                .subscribeUpgrade("EdgeKV")
                .unsubscribeUpgrade("Ion");

        assertEquals(
                Map.of("EdgeKV", true, "NetStorage", true, "EdgeScape", false), change.products(ProductList.PROACTIVE));
        assertEquals(Map.of("EdgeKV", true, "Ion", false), change.products(ProductList.UPGRADE));
        assertEquals(List.of("EdgeKV", "NetStorage", "EdgeKV"), change.subscribed());
        assertEquals(Map.of(), new NotificationsChange().products(ProductList.UPGRADE));
    }

    @Test
    void aProductNamedTwiceInOneListIsRefusedEvenToSubscribeAndUnsubscribe() {
        NotificationsChange change = new NotificationsChange().subscribeUpgrade("EdgeKV");

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> change.unsubscribeUpgrade("EdgeKV"));

        assertEquals(
                "upgrade names 'EdgeKV' twice: name each product once per list; nothing was sent.", e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "  ", " EdgeKV", "EdgeKV ", "Edge\tKV", "Edge\nKV"})
    void aProductNameThatCannotBeOneIsRefused(String name) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new NotificationsChange().subscribeProactive(name));

        assertEquals(
                "'" + name + "' is not a product name for proactive: give it as the notification products list it"
                        + " (such as EdgeKV), without a control character or a space at either end; nothing was sent.",
                e.getMessage());
    }

    @Test
    void aNullProductNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NotificationsChange().unsubscribeUpgrade((String) null));
    }

    @Test
    void replaceAllKeepsACopyOfTheSettingsAsGiven() {
        JsonObject given =
                JsonParser.parseString("{\"enableEmailNotifications\":true}").getAsJsonObject();
        NotificationsChange change = new NotificationsChange().replaceAll(given);

        given.addProperty("enableEmailNotifications", false);

        assertEquals("{\"enableEmailNotifications\":true}", change.whole.toString());
    }
}
