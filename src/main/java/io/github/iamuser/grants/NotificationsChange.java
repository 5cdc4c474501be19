package io.github.iamuser.grants;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes to make to a user's email notifications: switches, and products to subscribe or
 * unsubscribe, such as {@code change.subscribeProactive("EdgeKV").emailNotifications(false)}.
 * Every setting and subscription not named keeps what it has.
 */
public final class NotificationsChange {
    /** The two product lists of the notification options. */
    enum ProductList {
        PROACTIVE,
        UPGRADE
    }

    private final Map<String, Boolean> switches = new LinkedHashMap<>();
    private final Map<ProductList, Map<String, Boolean>> products = new LinkedHashMap<>();
    JsonObject whole;

    /** Replaces every setting, before the other changes, with {@code notifications} in the PUT's JSON form (a restore). */
    public NotificationsChange replaceAll(JsonObject notifications) {
        whole = notifications.deepCopy();
        return this;
    }

    @Override
    public String toString() {
        return (whole == null ? "" : "replaceAll " + whole + " ") + switches + products;
    }

    /** Turns all notification emails on or off ({@code enableEmailNotifications}). */
    public NotificationsChange emailNotifications(boolean on) {
        return set("enableEmailNotifications", on);
    }

    /** Turns the password expiry emails on or off ({@code options.passwordExpiry}). */
    public NotificationsChange passwordExpiry(boolean on) {
        return set("passwordExpiry", on);
    }

    /** Turns the new-user emails on or off ({@code options.newUserNotification}). */
    public NotificationsChange newUserNotification(boolean on) {
        return set("newUserNotification", on);
    }

    /** Turns the API client credential expiry emails on or off ({@code options.apiClientCredentialExpiryNotification}). */
    public NotificationsChange apiClientCredentialExpiryNotification(boolean on) {
        return set("apiClientCredentialExpiryNotification", on);
    }

    /** Subscribes the user to the proactive notifications of these products (names as the notification products list them). */
    public NotificationsChange subscribeProactive(String... products) {
        return products(ProductList.PROACTIVE, true, products);
    }

    /** Unsubscribes the user from the proactive notifications of these products. */
    public NotificationsChange unsubscribeProactive(String... products) {
        return products(ProductList.PROACTIVE, false, products);
    }

    /** Subscribes the user to the upgrade notifications of these products. */
    public NotificationsChange subscribeUpgrade(String... products) {
        return products(ProductList.UPGRADE, true, products);
    }

    /** Unsubscribes the user from the upgrade notifications of these products. */
    public NotificationsChange unsubscribeUpgrade(String... products) {
        return products(ProductList.UPGRADE, false, products);
    }

    /** The switches set, by member name ({@code enableEmailNotifications} or a member of {@code options}). */
    Map<String, Boolean> switches() {
        return switches;
    }

    /** The products named for {@code list}: true to subscribe, false to unsubscribe, in the order given. */
    Map<String, Boolean> products(ProductList list) {
        return products.getOrDefault(list, Map.of());
    }

    /** The products this change subscribes to, in either list. */
    List<String> subscribed() {
        List<String> names = new ArrayList<>();
        products.values().forEach(named -> named.forEach((name, on) -> names.addAll(on ? List.of(name) : List.of())));
        return names;
    }

    private NotificationsChange set(String member, boolean on) {
        if (switches.putIfAbsent(member, on) != null) {
            throw new IllegalArgumentException(member + " is set twice: set it once; nothing was sent.");
        }
        return this;
    }

    private NotificationsChange products(ProductList list, boolean on, String... names) {
        String member = list.name().toLowerCase(java.util.Locale.ROOT);
        for (String name : names) {
            if (name == null
                    || name.isBlank()
                    || !name.equals(name.strip())
                    || name.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("'" + name + "' is not a product name for " + member + ": give it as"
                        + " the notification products list it (such as EdgeKV), without a control character or a"
                        + " space at either end; nothing was sent.");
            }
            if (products.computeIfAbsent(list, l -> new LinkedHashMap<>()).putIfAbsent(name, on) != null) {
                throw new IllegalArgumentException(member + " names '" + name + "' twice: name each product once per"
                        + " list; nothing was sent.");
            }
        }
        return this;
    }
}
