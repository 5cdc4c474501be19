// The bulk benchmark of docs/benchmarks.md: N generated users on an in-process sandbox limited to R requests a
// second (bursts of R; 0: no limit), updated by `iam-user bulk` run as a process of its own (with a heap of
// HEAP, such as 64m, when given); then the same run killed with SIGKILL half way and run again with its
// journal; each followed by `iam-user restore` of its backup. Proof from the sandbox's counters: PUTs that
// replaced each profile (must be exactly 1 per user), 429s; from each process's GC log: the largest heap
// left after a collection (what the process holds) and the full collections.
// Run by bench/bulk.sh: java -cp target/iam-user.jar bench/BulkBenchmark.java [USERS] [RATE] [HEAP]
import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.Field;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class BulkBenchmark {
    static int users;
    static double rate;
    static String heap;
    static Path dir;

    public static void main(String[] args) throws Exception {
        users = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        rate = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        heap = args.length > 2 ? args[2] : null;
        int burst = (int) Math.ceil(rate);
        dir = Files.createTempDirectory("bulk-bench");
        double least = rate > 0 ? (2.0 * users - burst) / rate : Double.NaN;
        if (rate > 0) {
            System.out.printf("%d users, rate limit %.0f requests/s (bursts of %d): least time for 2 requests a user"
                    + " = (2 x %d - %d) / %.0f = %.1f s%n", users, rate, burst, users, burst, rate, least);
        } else {
            System.out.printf("%d users, no rate limit%n", users);
        }
        System.out.println("iam-user processes: " + (heap == null ? "the JVM's default heap" : "-Xmx" + heap));

        try (IamSandbox sandbox = sandbox(burst)) {
            List<JsonObject> before = profiles(sandbox);
            String[] bulk = command(sandbox, "run1", "bulk");
            long t0 = System.nanoTime();
            int code = run(bulk).waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("full run: exit %d, %.1f s%s, %d answers 429, %s; %s%n", code, seconds,
                    rate > 0 ? String.format(" (%.3f x the least time)", seconds / least) : "",
                    sandbox.rateLimitedCount(), counts(sandbox), gc("run1.bulk"));
            restore(sandbox, "run1", before);
        }

        try (IamSandbox sandbox = sandbox(burst)) {
            List<JsonObject> before = profiles(sandbox);
            String[] bulk = command(sandbox, "run2", "bulk");
            long t0 = System.nanoTime();
            Process first = run(bulk);
            while (sandbox.storedProfileCounts().size() < users / 2 && first.isAlive()) {
                Thread.sleep(users > 10_000 ? 50 : 2);
            }
            first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
            double killedAt = (System.nanoTime() - t0) / 1e9;
            int updatedWhenKilled = sandbox.storedProfileCounts().size();
            long journaled = Files.readAllLines(dir.resolve("run2.journal")).stream()
                    .filter(l -> l.contains("\"event\":\"finished\""))
                    .count();
            System.out.printf("killed run: SIGKILL after %.1f s, %d users updated, %d rows journaled as finished; %s%n",
                    killedAt, updatedWhenKilled, journaled, gc("run2.bulk"));
            long t1 = System.nanoTime();
            int code = run(bulk).waitFor();
            double seconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf("rerun with the journal: exit %d, %.1f s; both runs %.1f s of bulk; %d answers 429 in"
                    + " all, %s; %s%n", code, seconds, killedAt + seconds, sandbox.rateLimitedCount(), counts(sandbox),
                    gc("run2.bulk"));
            String summary = Files.readString(dir.resolve("run2.bulk.err")).lines()
                    .filter(l -> l.contains(" rows in "))
                    .findFirst()
                    .orElse("(no summary)");
            System.out.println("rerun's summary: " + summary);
            restore(sandbox, "run2", before);
        }
    }

    static IamSandbox sandbox(int burst) {
        IamSandbox.Builder builder = IamSandbox.builder().users(users);
        return (rate > 0 ? builder.rateLimit(rate, burst) : builder).start();
    }

    /** The largest heap left after a collection, and the full collections, in the GC log of process {@code name}. */
    static String gc(String name) throws Exception {
        Path log = dir.resolve(name + ".gc.log");
        if (!Files.exists(log)) {
            return "no GC log";
        }
        java.util.regex.Pattern after = java.util.regex.Pattern.compile("->(\\d+)M\\((\\d+)M\\)");
        long largest = 0;
        long full = 0;
        long pauses = 0;
        for (String line : Files.readAllLines(log)) {
            java.util.regex.Matcher m = after.matcher(line);
            if (m.find()) {
                largest = Math.max(largest, Long.parseLong(m.group(1)));
                pauses++;
                full += line.contains("Pause Full") ? 1 : 0;
            }
        }
        return String.format("heap after GC at most %d MB, %d collections (%d full)", largest, pauses, full);
    }

    static List<JsonObject> profiles(IamSandbox sandbox) {
        List<JsonObject> profiles = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            profiles.add(Field.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V2));
        }
        return profiles;
    }

    /** The edgerc and the CSV of one run: every user gets a new job title and loses its mobile phone. */
    static String[] command(IamSandbox sandbox, String name, String verb) throws Exception {
        Path edgerc = dir.resolve(".edgerc");
        Files.writeString(edgerc, sandbox.edgercSection("sandbox"));
        StringBuilder csv = new StringBuilder("uiIdentityId,jobTitle,mobilePhone\n");
        for (int i = 0; i < users; i++) {
            csv.append(SandboxUsers.generatedUser(i)).append(",Benchmark title ").append(i).append(",\n");
        }
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, csv);
        return new String[] {
            verb, file.toString(), "--journal", dir.resolve(name + ".journal").toString(),
            "--backup", dir.resolve(name + ".backup").toString(),
            "--edgerc", edgerc.toString(), "--section", "sandbox"
        };
    }

    static Process run(String... args) throws Exception {
        String name = Path.of(args[1]).getFileName().toString().replace(".csv", "").replace(".backup", "");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (heap != null) {
            command.addAll(List.of("-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError"));
        }
        command.addAll(List.of("-Xlog:gc:file=" + dir.resolve(name + "." + args[0] + ".gc.log"), "-jar",
                "target/iam-user.jar"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(dir.resolve(name + "." + args[0] + ".out").toFile())
                .redirectError(dir.resolve(name + "." + args[0] + ".err").toFile())
                .start();
    }

    static String counts(IamSandbox sandbox) {
        Map<String, Long> stored = sandbox.storedProfileCounts();
        long once = stored.values().stream().filter(n -> n == 1).count();
        long more = stored.values().stream().filter(n -> n > 1).count();
        return String.format("%d PUTs; profiles replaced: %d users, %d exactly once, %d more than once, %d never",
                sandbox.putCount(), stored.size(), once, more, users - stored.size());
    }

    static void restore(IamSandbox sandbox, String name, List<JsonObject> before) throws Exception {
        long t0 = System.nanoTime();
        int code = run("restore", dir.resolve(name + ".backup").toString(), "--edgerc", dir.resolve(".edgerc").toString(),
                        "--section", "sandbox")
                .waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        int same = 0;
        List<JsonObject> after = profiles(sandbox);
        for (int i = 0; i < users; i++) {
            same += before.get(i).equals(after.get(i)) ? 1 : 0;
        }
        System.out.printf("restore: exit %d, %.1f s; %d of %d profiles exactly as before the bulk run; %s%n",
                code, seconds, same, users, gc(name + ".restore"));
    }
}
