package io.github.iamuser.cli;

import io.github.iamuser.IamClient;
import io.github.iamuser.bulk.Backup;
import io.github.iamuser.bulk.BulkUpdate;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code iam-user restore BACKUP}: puts back each user's profile as a bulk run's backup recorded it before its PUT. */
@Command(
        name = "restore",
        description = {
            "Put back each user's profile (and grants and notifications) as BACKUP (written by 'bulk --backup')"
                    + " recorded it before the first PUT it holds, as safe updates with the same progress, journal and"
                    + " report as bulk.",
            "A user whose profile (or grants or notifications) is no longer what the last PUT sent (someone changed"
                    + " it since) is reported as a conflict and left alone, unless --force."
        })
final class RestoreCommand extends BulkRunCommand {
    @Parameters(paramLabel = "BACKUP", description = "The backup file that 'bulk --backup' wrote.")
    Path backupFile;

    @Option(names = "--force", description = "Put the befores back even over changes made since the backup.")
    boolean force;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Backup backup;
        try {
            backup = Backup.read(backupFile);
        } catch (NoSuchFileException e) {
            throw usageError(backupFile + " does not exist: give the file that 'bulk --backup' wrote.");
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage() + " Nothing was sent.");
        } catch (IOException e) {
            throw usageError(backupFile + " cannot be read (" + e.getMessage() + "): give the file that 'bulk --backup'"
                    + " wrote. Nothing was sent.");
        }
        if (backup.entries() == 0) {
            throw usageError(backupFile + " holds no backup entry: nothing to restore.");
        }
        for (long line : backup.incompleteLines()) { // only the last line can be
            err().println("restore: " + backupFile + " line " + line + " was cut short by a stop mid-write; it is left"
                    + " out (a PUT it backs up was never sent; a PUT whose outcome it gives stays unconfirmed). If the"
                    + " file is a copy, check that it is whole.");
        }
        IamClient client = client();
        return run(client, BulkUpdate.builder(client).force(force), bulk -> {
            try {
                return bulk.restore(backup);
            } catch (IllegalStateException e) {
                if (requestSent()) {
                    throw e;
                }
                throw usageError(e.getMessage());
            }
        });
    }
}
