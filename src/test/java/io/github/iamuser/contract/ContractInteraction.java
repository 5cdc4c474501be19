package io.github.iamuser.contract;

import au.com.dius.pact.consumer.dsl.HttpInteractionBuilder;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.core.model.V4Pact;
import java.util.function.UnaryOperator;

/**
 * One request and answer of the contract, with its description; several make up the pact of one
 * consumer test (a read-modify-write is a GET then a PUT).
 *
 * @param description what the consumer sends, as the pact names the interaction
 * @param definition the provider state, the request the consumer must send, and the answer it expects
 */
record ContractInteraction(String description, UnaryOperator<HttpInteractionBuilder> definition) {

    /** The V4 pact holding {@code interactions}, all of which the consumer test must send. */
    static V4Pact pact(PactBuilder builder, ContractInteraction... interactions) {
        for (ContractInteraction interaction : interactions) {
            builder.expectsToReceiveHttpInteraction(interaction.description(), interaction.definition()::apply);
        }
        return builder.toPact();
    }
}
