package io.github.iamuser.grants;

import com.google.gson.Gson;
import io.github.iamuser.generated.v3.model.NotificationOptions;
import io.github.iamuser.generated.v3.model.NotificationOptionsUpdate;
import io.github.iamuser.generated.v3.model.Notifications;
import io.github.iamuser.generated.v3.model.NotificationsUpdate;
import io.github.iamuser.grants.NotificationsChange.ProductList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's notification settings in the notifications PUT's form, translated from a GET's answer: the
 * same members, each as read ({@code newUserNotification} and {@code apiClientCredentialExpiryNotification},
 * optional in the request, left out when the answer has none; a required member the answer lacks stays
 * missing, so that the body is refused unless the change sets it).
 */
final class NotificationsState {
    private NotificationsUpdate update;

    private NotificationsState(Notifications answer) {
        update = new NotificationsUpdate();
        if (answer == null) {
            return;
        }
        update.enableEmailNotifications(answer.getEnableEmailNotifications());
        NotificationOptions o = answer.getOptions();
        if (o != null) {
            update.options(new NotificationOptionsUpdate()
                    .passwordExpiry(o.getPasswordExpiry())
                    .proactive(copy(o.getProactive()))
                    .upgrade(copy(o.getUpgrade()))
                    .newUserNotification(o.getNewUserNotification())
                    .apiClientCredentialExpiryNotification(o.getApiClientCredentialExpiryNotification()));
        }
    }

    /** The answer's settings in the request's form. */
    static NotificationsState fromAnswer(Notifications answer) {
        return new NotificationsState(answer);
    }

    /** The settings as the PUT would send them. */
    NotificationsUpdate update() {
        return update;
    }

    /** Applies the change: its switches, then its products (a subscribed one is added at the end, once). */
    void apply(NotificationsChange change) {
        if (change.whole != null) {
            update = new Gson().fromJson(change.whole, NotificationsUpdate.class);
        }
        change.switches().forEach((member, on) -> {
            if (member.equals("enableEmailNotifications")) {
                update.enableEmailNotifications(on);
                return;
            }
            NotificationOptionsUpdate o = options();
            switch (member) {
                case "passwordExpiry" -> o.passwordExpiry(on);
                case "newUserNotification" -> o.newUserNotification(on);
                default -> o.apiClientCredentialExpiryNotification(on);
            }
        });
        for (ProductList list : ProductList.values()) {
            List<String> products = list == ProductList.PROACTIVE
                    ? options().getProactive()
                    : options().getUpgrade();
            if (products == null) {
                continue; // the answer has no such list: refused as missing, whatever the change says
            }
            change.products(list).forEach((product, subscribe) -> {
                if (!subscribe) {
                    products.remove(product);
                } else if (!products.contains(product)) {
                    products.add(product);
                }
            });
        }
    }

    private NotificationOptionsUpdate options() {
        if (update.getOptions() == null) {
            update.options(new NotificationOptionsUpdate());
        }
        return update.getOptions();
    }

    /** What the settings mean, by member ("enableEmailNotifications", "options.proactive", ...): values as text. */
    Map<String, String> meaning() {
        Map<String, String> meaning = new LinkedHashMap<>();
        meaning.put("enableEmailNotifications", text(update.getEnableEmailNotifications()));
        NotificationOptionsUpdate o = update.getOptions();
        if (o != null) {
            meaning.put("options.passwordExpiry", text(o.getPasswordExpiry()));
            meaning.put("options.proactive", text(o.getProactive()));
            meaning.put("options.upgrade", text(o.getUpgrade()));
            meaning.put("options.newUserNotification", text(o.getNewUserNotification()));
            meaning.put(
                    "options.apiClientCredentialExpiryNotification",
                    text(o.getApiClientCredentialExpiryNotification()));
        }
        meaning.values().removeIf(v -> v == null);
        return meaning;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> copy(List<String> values) {
        return values == null ? null : new ArrayList<>(values);
    }
}
