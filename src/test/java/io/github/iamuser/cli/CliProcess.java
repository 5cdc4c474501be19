package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The command line run as a java process of its own, on this JVM's class path: for what only a
 * process shows (locks held by another process, system properties read at start, stderr).
 */
final class CliProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private CliProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code iam-user args} with {@code env} added to this environment, and {@code jvmOptions}. */
    static CliProcess start(Path dir, Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException {
        return start(dir, env, jvmOptions, null, false, args);
    }

    /**
     * As {@link #start(Path, Map, List, String...)}, with standard output sent to {@code stdout} when not
     * null (a file such as {@code /dev/full}, or {@link Redirect#PIPE}: read it from {@link #stdout()}), and
     * standard input closed (as by the shell's {@code <&-}) when {@code stdinClosed}.
     */
    static CliProcess start(
            Path dir,
            Map<String, String> env,
            List<String> jvmOptions,
            Redirect stdout,
            boolean stdinClosed,
            String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        if (stdinClosed) {
            command.addAll(List.of("bash", "-c", "exec \"$@\" <&-", "bash"));
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add(IamUserCli.class.getName());
        command.addAll(List.of(args));
        Path out = stdout == null ? Files.createTempFile(dir, "out", ".txt") : null;
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out == null ? stdout : Redirect.to(out.toFile()))
                .redirectError(err.toFile());
        builder.environment().putAll(env);
        return new CliProcess(builder.start(), out, err);
    }

    /** The process's standard output, when started with it sent to {@link Redirect#PIPE}. */
    InputStream stdout() {
        return process.getInputStream();
    }

    /** The exit code, once the process ended (it is killed after two minutes). */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("iam-user did not end within two minutes:\n" + this);
        }
        return process.exitValue();
    }

    /** Kills the process at once, as {@code kill -9} does (SIGKILL: no shutdown hook runs), and waits for its end. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
    }

    /** Stops the process as Ctrl-C or {@code kill} does (SIGTERM: shutdown hooks run), and waits for its end. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What the process wrote to standard output (a file of this class's), or a note where it went instead. */
    String out() {
        return out == null ? "(standard output not captured)\n" : read(out);
    }

    String err() {
        return read(err);
    }

    /** Waits until stderr satisfies {@code condition} (at most a minute), and returns it. */
    String awaitErr(Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.test(err())) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                fail("stderr never got there:\n" + this);
            }
            Thread.sleep(50);
        }
        return err();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return (process.isAlive() ? "running" : "exit " + process.exitValue()) + "\n--- out\n" + out() + "--- err\n"
                + err();
    }
}
