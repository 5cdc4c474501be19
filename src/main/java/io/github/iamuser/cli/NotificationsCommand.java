package io.github.iamuser.cli;

import static io.github.iamuser.cli.SafeWriter.escape;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.grants.NotificationsChange;
import io.github.iamuser.grants.PartUpdateResult;
import io.github.iamuser.options.UpdateOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code iam-user notifications ID --email on|off --proactive-add P ...}: a safe change of email notifications. */
@Command(
        name = "notifications",
        description = {
            "Safely change a user's email notifications (IAM v3): read them, change only what is named, and send"
                    + " every setting back (the PUT replaces them all; a product left out is unsubscribed)."
        })
final class NotificationsCommand extends ApiCommand {
    /** A switch's value on the command line. */
    enum OnOff {
        on,
        off
    }

    @Mixin
    UserArgument user;

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

    @Option(names = "--dry-run", description = "Show the difference and the exact body; send nothing but GETs.")
    boolean dryRun;

    @Option(
            names = "--check-lookups",
            description = "Also check the products against the account's notification products.")
    boolean checkLookups;

    @Override
    int run() throws IOException, InterruptedException {
        if (email == null
                && passwordExpiry == null
                && proactiveAdd.isEmpty()
                && proactiveRemove.isEmpty()
                && upgradeAdd.isEmpty()
                && upgradeRemove.isEmpty()) {
            throw usageError("Nothing to change: give --email, --password-expiry, --proactive-add/--proactive-remove"
                    + " or --upgrade-add/--upgrade-remove ('get --all' shows the current settings).");
        }
        Consumer<NotificationsChange> change = c -> {
            if (email != null) {
                c.emailNotifications(email == OnOff.on);
            }
            if (passwordExpiry != null) {
                c.passwordExpiry(passwordExpiry == OnOff.on);
            }
            c.subscribeProactive(proactiveAdd.toArray(String[]::new))
                    .unsubscribeProactive(proactiveRemove.toArray(String[]::new))
                    .subscribeUpgrade(upgradeAdd.toArray(String[]::new))
                    .unsubscribeUpgrade(upgradeRemove.toArray(String[]::new));
        };
        change.accept(new NotificationsChange()); // a product named twice in a list is refused before anything is sent
        UpdateOptions options = UpdateOptions.defaults().withDryRun(dryRun).withLookupChecks(checkLookups);
        IamClient client = client();
        PartUpdateResult<?> result;
        try (LockFile lock = GrantsCommand.lockFile(connection, client, user.uiIdentityId, err())) {
            result = client.updateNotifications(user.uiIdentityId, options, change);
        }
        return GrantsCommand.print(out(), json, user.uiIdentityId, "notifications", result);
    }

    /** Prints a user's notification settings as a GET answers them (either version): the switches, then the products. */
    static void printSettings(PrintWriter out, JsonElement notifications) {
        if (notifications == null || !notifications.isJsonObject()) {
            out.println("  (none in the answer)");
            return;
        }
        JsonObject n = notifications.getAsJsonObject();
        JsonObject o =
                n.has("options") && n.get("options").isJsonObject() ? n.getAsJsonObject("options") : new JsonObject();
        out.println(escape("  emails " + onOff(n.get("enableEmailNotifications")) + "; password expiry "
                + onOff(o.get("passwordExpiry")) + "; new user " + onOff(o.get("newUserNotification"))
                + "; API client credential expiry " + onOff(o.get("apiClientCredentialExpiryNotification"))));
        for (String list : List.of("proactive", "upgrade")) {
            JsonElement products = o.get(list);
            List<String> names = new ArrayList<>();
            if (products != null && products.isJsonArray()) {
                products.getAsJsonArray().forEach(p -> names.add(p.isJsonNull() ? "null" : p.getAsString()));
            }
            out.println(escape("  " + list + ": "
                    + (products == null ? "(absent)" : names.isEmpty() ? "(none)" : String.join(", ", names))));
        }
    }

    private static String onOff(JsonElement value) {
        return value == null || value.isJsonNull() ? "(absent)" : value.getAsBoolean() ? "on" : "off";
    }
}
