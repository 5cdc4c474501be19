package io.github.iamuser.cli;

import io.github.iamuser.options.ApiVersion;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --api-version 2|3}: the IAM API version a command calls (default 2); anything else is a usage
 * error (exit code 2) that says what to give, before a credential is read or a request sent.
 */
final class ApiVersionOption {
    @Option(
            names = "--api-version",
            paramLabel = "2|3",
            defaultValue = "2",
            converter = Converter.class,
            description = "The IAM API version to call: 2 (the default) or 3. In 3, additionalAuthentication"
                    + " (TFA, MFA or NONE) takes the place of tfaEnabled.")
    ApiVersion value;

    /** Reads the option's value: {@code 2} or {@code 3}. */
    static final class Converter implements CommandLine.ITypeConverter<ApiVersion> {
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
}
