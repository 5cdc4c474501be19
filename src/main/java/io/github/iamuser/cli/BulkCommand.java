package io.github.iamuser.cli;

import io.github.iamuser.IamClient;
import io.github.iamuser.bulk.BulkRow;
import io.github.iamuser.bulk.BulkUpdate;
import io.github.iamuser.internal.LocalFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code iam-user bulk FILE}: one safe update per row of a CSV or JSON Lines file, paced, journaled, backed up. */
@Command(
        name = "bulk",
        description = {
            "Apply a CSV or JSON Lines file of profile changes, one safe update per row, within the rate limit.",
            "CSV: a header uiIdentityId (optionally accountSwitchKey) and any profile fields; each row states the"
                    + " wanted values, a blank cell clears a field, columns not listed keep their values (what"
                    + " 'list --csv' writes reads back); cells separated by commas, or semicolons. JSON Lines (.jsonl):"
                    + " one object per line,"
                    + " {\"uiIdentityId\": \"...\", \"set\": {\"jobTitle\": \"CTO\"}, \"clear\": [\"mobilePhone\"]},"
                    + " optionally with \"grants\" and \"notifications\" (IAM v3; named as those commands' options),"
                    + " applied after the profile: see docs/bulk.md.",
            "A bad row is reported with its line, user, field and reason, and the other rows go on."
        })
final class BulkCommand extends BulkRunCommand {
    @Parameters(
            paramLabel = "FILE",
            description =
                    "The .csv or .jsonl file, or - to read standard input (JSON Lines, or CSV with --format csv).")
    String file;

    @Option(
            names = "--format",
            paramLabel = "csv|jsonl",
            description = "The format of FILE (default: by its name, .csv or .jsonl; JSON Lines for -).")
    BulkInput.Format format;

    @Option(
            names = "--backup",
            paramLabel = "FILE",
            description = "Before each PUT, append the user's profile before and after to FILE (one JSON line, forced"
                    + " to the disk); 'iam-user restore FILE' puts the befores back.")
    Path backup;

    @Option(
            names = "--allow-email-change",
            description = "Confirm that rows may change emails, the users' login identity.")
    boolean allowEmailChange;

    @Option(names = "--check-lookups", description = "Also check lookup-valued fields against the account's lookups.")
    boolean checkLookups;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<BulkRow> rows;
        try {
            rows = BulkInput.read(file, format, System.in);
        } catch (BulkInput.BadInput e) {
            throw usageError(file + ": " + e.getMessage() + " Nothing was sent.");
        }
        for (Path written : new Path[] {backup, journal}) {
            if (written != null && !file.equals("-") && LocalFiles.sameFile(written, Path.of(file))) {
                throw usageError("--backup and --journal write to their file, and " + written + " is the bulk file:"
                        + " give another file. Nothing was sent.");
            }
        }
        IamClient client = client();
        BulkUpdate.Builder settings = BulkUpdate.builder(client)
                .backup(backup)
                .allowEmailChange(allowEmailChange)
                .checkLookups(checkLookups);
        return run(client, settings, bulk -> {
            try {
                return bulk.apply(rows);
            } catch (IllegalArgumentException | IllegalStateException e) {
                if (requestSent()) {
                    throw e;
                }
                throw usageError(e.getMessage());
            }
        });
    }
}
