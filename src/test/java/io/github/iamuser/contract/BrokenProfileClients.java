package io.github.iamuser.contract;

import static io.github.iamuser.contract.ExampleUsers.ACCOUNT_SWITCH_KEY;
import static io.github.iamuser.contract.ExampleUsers.NO_STATE_USER;
import static io.github.iamuser.contract.ExampleUsers.US_USER;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumer tests of the contract's two profile updates with hand-made clients that get the PUT
 * wrong in one way each (and two that get it right, as controls). They are tagged
 * {@value #TAG}, which the build excludes, and run only through EngineTestKit by
 * {@link ContractCatchesBrokenClientsTest}; they write to {@link IamContract#THROWAWAY_DIRECTORY}.
 */
final class BrokenProfileClients {
    /** The tag that keeps these consumers out of the normal test run. */
    static final String TAG = "broken-client";

    private BrokenProfileClients() {}

    /** The safe update of the US user, done by hand: GET, change the job title, then {@link #put}. */
    @Tag(TAG)
    @ExtendWith(PactConsumerTestExt.class)
    @PactTestFor(providerName = IamContract.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V4)
    @PactDirectory(IamContract.THROWAWAY_DIRECTORY)
    abstract static class UsUserUpdate {
        /** The contract's safe update of the US user, unchanged. */
        @Pact(consumer = IamContract.CONSUMER)
        public V4Pact safeUpdateOfUsUser(PactBuilder builder) {
            return ContractInteraction.pact(builder, UserInteractions.safeUpdateOfUsUser());
        }

        @Test
        void readModifyWrite(MockServer mockServer) {
            RawProfileClient client = new RawProfileClient(mockServer);
            JsonObject profile = client.readProfile(US_USER.uiIdentityId(), ACCOUNT_SWITCH_KEY, sendsGetFlags());
            profile.addProperty("jobTitle", UserInteractions.NEW_JOB_TITLE);
            put(client, profile);
        }

        /** Whether the GET sends actions, authGrants and notifications explicitly, as Akamai's reference asks. */
        boolean sendsGetFlags() {
            return true;
        }

        /** Sends the changed profile, or a broken version of it. */
        abstract void put(RawProfileClient client, JsonObject profile);

        static void putToSwitchedAccount(RawProfileClient client, JsonObject profile) {
            client.writeProfile(US_USER.uiIdentityId(), ACCOUNT_SWITCH_KEY, profile.toString());
        }
    }

    /** Control: the complete profile, as the library sends it. */
    static class SendsCompleteUsProfile extends UsUserUpdate {
        @Override
        void put(RawProfileClient client, JsonObject profile) {
            putToSwitchedAccount(client, profile);
        }
    }

    /** Reads the user without the GET's flags, although Akamai's reference requires {@code notifications}. */
    static class OmitsGetUserFlags extends UsUserUpdate {
        @Override
        boolean sendsGetFlags() {
            return false;
        }

        @Override
        void put(RawProfileClient client, JsonObject profile) {
            putToSwitchedAccount(client, profile);
        }
    }

    /** Leaves {@code mobilePhone} out, which would erase it on the server. */
    static class OmitsAField extends UsUserUpdate {
        @Override
        void put(RawProfileClient client, JsonObject profile) {
            profile.remove("mobilePhone");
            putToSwitchedAccount(client, profile);
        }
    }

    /** Sends {@code "secondaryEmail": null} instead of a string. */
    static class SendsNull extends UsUserUpdate {
        @Override
        void put(RawProfileClient client, JsonObject profile) {
            profile.add("secondaryEmail", JsonNull.INSTANCE);
            putToSwitchedAccount(client, profile);
        }
    }

    /** Sends back the response-only {@code uiIdentityId} it read. */
    static class AddsResponseOnlyField extends UsUserUpdate {
        @Override
        void put(RawProfileClient client, JsonObject profile) {
            profile.addProperty("uiIdentityId", US_USER.uiIdentityId());
            putToSwitchedAccount(client, profile);
        }
    }

    /** Forgets the account switch key on the PUT, so it would update a user of its own account. */
    static class OmitsAccountSwitchKey extends UsUserUpdate {
        @Override
        void put(RawProfileClient client, JsonObject profile) {
            client.writeProfile(US_USER.uiIdentityId(), null, profile.toString());
        }
    }

    /** Sends a session timeout that is none of the timeout policies. */
    static class SendsUnknownSessionTimeOut extends UsUserUpdate {
        @Override
        void put(RawProfileClient client, JsonObject profile) {
            profile.addProperty("sessionTimeOut", 1234);
            putToSwitchedAccount(client, profile);
        }
    }

    /** The safe update of the user without state or ZIP code, done by hand: GET, change the last name, then PUT. */
    @Tag(TAG)
    @ExtendWith(PactConsumerTestExt.class)
    @PactTestFor(providerName = IamContract.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V4)
    @PactDirectory(IamContract.THROWAWAY_DIRECTORY)
    abstract static class NoStateUserUpdate {
        /** The contract's safe update of the user without state or ZIP code, unchanged. */
        @Pact(consumer = IamContract.CONSUMER)
        public V4Pact safeUpdateOfUserWithoutStateOrZip(PactBuilder builder) {
            return ContractInteraction.pact(builder, UserInteractions.safeUpdateOfUserWithoutStateOrZip());
        }

        @Test
        void readModifyWrite(MockServer mockServer) {
            RawProfileClient client = new RawProfileClient(mockServer);
            JsonObject profile = client.readProfile(NO_STATE_USER.uiIdentityId(), null, true);
            profile.addProperty("lastName", UserInteractions.NEW_LAST_NAME);
            put(client, profile);
        }

        /** Sends the changed profile, or a broken version of it. */
        abstract void put(RawProfileClient client, JsonObject profile);

        static void putToOwnAccount(RawProfileClient client, JsonObject profile) {
            client.writeProfile(NO_STATE_USER.uiIdentityId(), null, profile.toString());
        }
    }

    /** Control: every empty field sent as {@code ""}. */
    static class SendsEmptyFieldsAsEmptyStrings extends NoStateUserUpdate {
        @Override
        void put(RawProfileClient client, JsonObject profile) {
            putToOwnAccount(client, profile);
        }
    }

    /** Fills the empty state with the placeholder {@code TBD}: a string, but not the pinned "no value". */
    static class FillsEmptyStateWithPlaceholder extends NoStateUserUpdate {
        @Override
        void put(RawProfileClient client, JsonObject profile) {
            profile.addProperty("state", "TBD");
            putToOwnAccount(client, profile);
        }
    }

    /**
     * The safe update of the US user in IAM v3, done by hand against the v3 contract: GET, job title, mobile
     * phone cleared by leaving it out, PUT.
     */
    @Tag(TAG)
    @ExtendWith(PactConsumerTestExt.class)
    @PactTestFor(providerName = IamContract.PROVIDER_V3, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V4)
    @PactDirectory(IamContract.THROWAWAY_DIRECTORY)
    abstract static class V3UsUserUpdate {
        /** The v3 contract's safe update of the US user, unchanged. */
        @Pact(consumer = IamContract.CONSUMER)
        public V4Pact safeUpdateOfUsUser(PactBuilder builder) {
            return ContractInteraction.pact(builder, UserInteractions.safeUpdateOfUsUserClearingMobilePhone());
        }

        @Test
        void readModifyWrite(MockServer mockServer) {
            RawProfileClient client = new RawProfileClient(mockServer, ApiVersion.V3);
            JsonObject profile = client.readProfile(US_USER.uiIdentityId(), ACCOUNT_SWITCH_KEY, true);
            profile.addProperty("jobTitle", UserInteractions.NEW_JOB_TITLE);
            profile.remove("mobilePhone");
            put(profile);
            client.writeProfile(US_USER.uiIdentityId(), ACCOUNT_SWITCH_KEY, profile.toString());
        }

        /** Changes the profile to send, or leaves it whole. */
        abstract void put(JsonObject profile);
    }

    /** Control: v3's whole profile, as the library sends it. */
    static class V3SendsCompleteUsProfile extends V3UsUserUpdate {
        @Override
        void put(JsonObject profile) {}
    }

    /** Leaves out {@code phone}, which holds a value: the server would erase it. */
    static class V3OmitsAFieldWithAValue extends V3UsUserUpdate {
        @Override
        void put(JsonObject profile) {
            profile.remove("phone");
        }
    }

    /** Sends the cleared {@code mobilePhone} as {@code ""}, v2's form, which Akamai's v3 reference refuses. */
    static class V3SendsEmptyStringForTheClearedField extends V3UsUserUpdate {
        @Override
        void put(JsonObject profile) {
            profile.addProperty("mobilePhone", "");
        }
    }

    /** Sends {@code "secondaryEmail": null} instead of its value. */
    static class V3SendsNull extends V3UsUserUpdate {
        @Override
        void put(JsonObject profile) {
            profile.add("secondaryEmail", JsonNull.INSTANCE);
        }
    }

    /** Sends v2's tfaEnabled in place of v3's additionalAuthentication. */
    static class V3SendsTfaEnabled extends V3UsUserUpdate {
        @Override
        void put(JsonObject profile) {
            profile.remove("additionalAuthentication");
            profile.addProperty("tfaEnabled", true);
        }
    }

    /** Sends an additionalAuthentication that is none of TFA, MFA and NONE. */
    static class V3SendsUnknownMethod extends V3UsUserUpdate {
        @Override
        void put(JsonObject profile) {
            profile.addProperty("additionalAuthentication", "SMS");
        }
    }
}
