package io.github.iamuser.contract;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.options.ApiVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumer tests of the contract's role-assignment and notification updates with hand-made clients: each reads
 * the part, translates it to the request's form by hand, makes the change, and then gets the PUT wrong in one way
 * (or right, as a control). Tagged {@value BrokenProfileClients#TAG}, run only through EngineTestKit by
 * {@link ContractCatchesBrokenClientsTest}, writing to {@link IamContract#THROWAWAY_DIRECTORY}.
 */
final class BrokenAccessClients {
    private BrokenAccessClients() {}

    /** The grant of role 12 on group 56789, done by hand; {@link #broken} spoils the tree before the PUT. */
    @Tag(BrokenProfileClients.TAG)
    @ExtendWith(PactConsumerTestExt.class)
    @PactTestFor(providerName = IamContract.PROVIDER_V3, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V4)
    @PactDirectory(IamContract.THROWAWAY_DIRECTORY)
    abstract static class GrantUpdate {
        @Pact(consumer = IamContract.CONSUMER)
        public V4Pact grantOfOneGroup(PactBuilder builder) {
            return ContractInteraction.pact(builder, AccessInteractions.grantFinanceViewer());
        }

        @Test
        void readModifyWrite(MockServer mockServer) {
            RawProfileClient client = new RawProfileClient(mockServer, ApiVersion.V3);
            JsonArray tree = requestForm(
                    client.readUser(AccessInteractions.USER, "authGrants").getAsJsonArray("authGrants"));
            JsonObject finance = tree.get(0)
                    .getAsJsonObject()
                    .getAsJsonArray("subGroups")
                    .get(2)
                    .getAsJsonObject();
            finance.addProperty("roleId", 12);
            broken(tree);
            client.writePart(AccessInteractions.USER, "auth-grants", tree.toString());
        }

        /** Spoils the whole, correct tree (the control leaves it). */
        abstract void broken(JsonArray tree);

        /** Ids only, the blocked group's -1 as null, as the library translates an answer. */
        private static JsonArray requestForm(JsonArray answer) {
            JsonArray out = new JsonArray();
            for (JsonElement element : answer) {
                JsonObject grant = element.getAsJsonObject();
                JsonObject item = new JsonObject();
                if (grant.has("groupId")) {
                    item.add("groupId", grant.get("groupId"));
                }
                JsonElement role = grant.get("roleId");
                item.add("roleId", role.isJsonNull() || role.getAsLong() < 1 ? JsonNull.INSTANCE : role);
                if (grant.has("groupId")) {
                    item.add("isBlocked", grant.get("isBlocked"));
                    item.add("subGroups", requestForm(grant.getAsJsonArray("subGroups")));
                }
                out.add(item);
            }
            return out;
        }
    }

    /** Control: the whole tree, as the library sends it. */
    static class SendsWholeTree extends GrantUpdate {
        @Override
        void broken(JsonArray tree) {}
    }

    /** Drops a grant the change does not mention: the account-level role. */
    static class DropsAnUnmentionedGrant extends GrantUpdate {
        @Override
        void broken(JsonArray tree) {
            tree.remove(1);
        }
    }

    /** Drops a subgroup: Staging (45678), which inherits Web Properties' role. */
    static class DropsASubgroup extends GrantUpdate {
        @Override
        void broken(JsonArray tree) {
            JsonObject web = tree.get(0)
                    .getAsJsonObject()
                    .getAsJsonArray("subGroups")
                    .get(0)
                    .getAsJsonObject();
            web.add("subGroups", new JsonArray());
        }
    }

    /** The subscription to EdgeScape's proactive notifications, done by hand; {@link #broken} spoils the settings. */
    @Tag(BrokenProfileClients.TAG)
    @ExtendWith(PactConsumerTestExt.class)
    @PactTestFor(providerName = IamContract.PROVIDER_V3, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V4)
    @PactDirectory(IamContract.THROWAWAY_DIRECTORY)
    abstract static class NotificationsUpdate {
        @Pact(consumer = IamContract.CONSUMER)
        public V4Pact subscriptionToOneProduct(PactBuilder builder) {
            return ContractInteraction.pact(builder, AccessInteractions.subscribeEdgeScape());
        }

        @Test
        void readModifyWrite(MockServer mockServer) {
            RawProfileClient client = new RawProfileClient(mockServer, ApiVersion.V3);
            JsonObject settings =
                    client.readUser(AccessInteractions.USER, "notifications").getAsJsonObject("notifications");
            JsonObject options = settings.getAsJsonObject("options");
            options.getAsJsonArray("proactive").add("EdgeScape");
            JsonObject body = JsonParser.parseString("{\"enableEmailNotifications\":"
                            + settings.get("enableEmailNotifications") + ",\"options\":{}}")
                    .getAsJsonObject();
            for (String member : new String[] {
                "passwordExpiry", "proactive", "upgrade", "newUserNotification", "apiClientCredentialExpiryNotification"
            }) {
                body.getAsJsonObject("options").add(member, options.get(member));
            }
            broken(body.getAsJsonObject("options"));
            client.writePart(AccessInteractions.USER, "notifications", body.toString());
        }

        /** Spoils the whole, correct options (the control leaves them). */
        abstract void broken(JsonObject options);
    }

    /** Control: every setting, as the library sends them. */
    static class SendsWholeSettings extends NotificationsUpdate {
        @Override
        void broken(JsonObject options) {}
    }

    /** Drops {@code upgrade}, which the change does not mention (the server would unsubscribe every product). */
    static class DropsUpgrade extends NotificationsUpdate {
        @Override
        void broken(JsonObject options) {
            options.remove("upgrade");
        }
    }
}
