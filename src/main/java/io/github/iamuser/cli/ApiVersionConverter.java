package io.github.iamuser.cli;

import io.github.iamuser.options.ApiVersion;
import picocli.CommandLine;

/**
 * Reads {@code --api-version}: {@code 2} or {@code 3}; anything else is a usage error (exit code 2) that
 * says what to give, before a credential is read or a request sent.
 */
final class ApiVersionConverter implements CommandLine.ITypeConverter<ApiVersion> {
    /** The option's description, shared by every command that has it. */
    static final String DESCRIPTION = "The IAM API version to call: 2 (the default) or 3. In 3,"
            + " additionalAuthentication (TFA, MFA or NONE) takes the place of tfaEnabled.";

    @Override
    public ApiVersion convert(String value) {
        try {
            return ApiVersion.of(Integer.parseInt(value.strip())).orElseThrow(IllegalArgumentException::new);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not an IAM API version this tool speaks: give 2 (the default) or 3.");
        }
    }
}
