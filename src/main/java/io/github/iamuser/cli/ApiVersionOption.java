package io.github.iamuser.cli;

import io.github.iamuser.options.ApiVersion;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --api-version 3|2}: the IAM API version a command calls (default 3); anything else is a usage
 * error (exit code 2) that says what to give, before a credential is read or a request sent.
 */
final class ApiVersionOption {
    @Option(
            names = "--api-version",
            paramLabel = "3|2",
            defaultValue = "3",
            converter = Converter.class,
            description = "The IAM API version to call: 3 (the default, the one Akamai serves) or 2 (decommissioned"
                    + " by Akamai on 2025-09-30). In 2, tfaEnabled takes the place of additionalAuthentication.")
    ApiVersion value;

    /** Reads the option's value: {@code 2} or {@code 3}. */
    static final class Converter implements CommandLine.ITypeConverter<ApiVersion> {
        @Override
        public ApiVersion convert(String value) {
            try {
                return ApiVersion.of(Integer.parseInt(value.strip())).orElseThrow(IllegalArgumentException::new);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not an IAM API version this tool speaks: give 3 (the default) or 2.");
            }
        }
    }
}
