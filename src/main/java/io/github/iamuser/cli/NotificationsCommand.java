package io.github.iamuser.cli;

import io.github.iamuser.grants.NotificationsChange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code iam-user notifications ID --email on|off --proactive-add P ...}: a safe change of email notifications. */
@Command(
        name = "notifications",
        description = {
            "Safely change a user's email notifications (IAM v3): read them, change only what is named, and send"
                    + " every setting back (the PUT replaces them all; a product left out is unsubscribed)."
        })
final class NotificationsCommand extends ChangeCommand {
    /** A switch's value on the command line. */
    enum OnOff {
        on,
        off
    }

    @Option(names = "--email", paramLabel = "on|off", description = "All notification emails on or off.")
    OnOff email;

    @Option(names = "--password-expiry", paramLabel = "on|off", description = "Password expiry emails on or off.")
    OnOff passwordExpiry;

    @Option(
            names = "--proactive-add",
            paramLabel = "PRODUCT",
            description = "Subscribe to a product's proactive notifications.")
    List<String> proactiveAdd = new ArrayList<>();

    @Option(names = "--proactive-remove", paramLabel = "PRODUCT", description = "Unsubscribe from them.")
    List<String> proactiveRemove = new ArrayList<>();

    @Option(
            names = "--upgrade-add",
            paramLabel = "PRODUCT",
            description = "Subscribe to a product's upgrade notifications.")
    List<String> upgradeAdd = new ArrayList<>();

    @Option(names = "--upgrade-remove", paramLabel = "PRODUCT", description = "Unsubscribe from them.")
    List<String> upgradeRemove = new ArrayList<>();

    @Option(
            names = "--check-lookups",
            description = "Also check the products against the account's notification products.")
    boolean checkLookups;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (email == null
                && passwordExpiry == null
                && proactiveAdd.isEmpty()
                && proactiveRemove.isEmpty()
                && upgradeAdd.isEmpty()
                && upgradeRemove.isEmpty()) {
            throw usageError("Nothing to change: give --email, --password-expiry, --proactive-add/--proactive-remove"
                    + " or --upgrade-add/--upgrade-remove ('get --all' shows the current settings).");
        }
        Consumer<NotificationsChange> change = change(
                email == null ? null : email == OnOff.on,
                passwordExpiry == null ? null : passwordExpiry == OnOff.on,
                proactiveAdd,
                proactiveRemove,
                upgradeAdd,
                upgradeRemove);
        change.accept(new NotificationsChange()); // a product named twice in a list is refused before anything is sent
        return update(
                "notifications",
                checkLookups,
                (client, options) -> client.updateNotifications(user.uiIdentityId, options, change));
    }

    /** The change that notifications options (or a bulk row's {@code "notifications"}) name; a null switch stays. */
    static Consumer<NotificationsChange> change(
            Boolean email,
            Boolean passwordExpiry,
            List<String> proactiveAdd,
            List<String> proactiveRemove,
            List<String> upgradeAdd,
            List<String> upgradeRemove) {
        return c -> {
            if (email != null) {
                c.emailNotifications(email);
            }
            if (passwordExpiry != null) {
                c.passwordExpiry(passwordExpiry);
            }
            c.subscribeProactive(proactiveAdd.toArray(String[]::new))
                    .unsubscribeProactive(proactiveRemove.toArray(String[]::new))
                    .subscribeUpgrade(upgradeAdd.toArray(String[]::new))
                    .unsubscribeUpgrade(upgradeRemove.toArray(String[]::new));
        };
    }
}
