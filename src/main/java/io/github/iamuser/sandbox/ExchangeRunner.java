package io.github.iamuser.sandbox;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the JDK server's exchanges so that slow clients cannot stall the sandbox: an exchange's thread
 * reads the request (the JDK server reads the headers there, the handler the body), which must be whole
 * within the read limit or the thread is interrupted, closing the connection; only then does it wait
 * for one of the answering slots.
 */
final class ExchangeRunner implements Executor {
    /** How many exchanges may be under way at once, reading or answering; more wait in line. */
    static final int MAX_EXCHANGES = 256;

    private static final ThreadLocal<ReadDeadline> CURRENT = new ThreadLocal<>();

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer;
    private final Semaphore answering;
    private final long readLimitNanos;

    /** Answers {@code threads} requests at once, each read within {@code readLimit}; threads named after {@code name}. */
    ExchangeRunner(int threads, Duration readLimit, String name) {
        pool = new ThreadPoolExecutor(
                MAX_EXCHANGES, MAX_EXCHANGES, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads(name));
        pool.allowCoreThreadTimeOut(true);
        timer = Executors.newSingleThreadScheduledExecutor(daemonThreads(name + "-read-limit"));
        answering = new Semaphore(threads);
        readLimitNanos = readLimit.toNanos();
    }

    @Override
    public void execute(Runnable exchange) {
        pool.execute(() -> {
            ReadDeadline deadline = new ReadDeadline(Thread.currentThread());
            ScheduledFuture<?> expiry = timer.schedule(deadline::expire, readLimitNanos, TimeUnit.NANOSECONDS);
            CURRENT.set(deadline);
            try {
                exchange.run();
            } finally {
                deadline.end();
                expiry.cancel(false);
                CURRENT.remove();
                Thread.interrupted(); // no interrupt meant for this exchange reaches the next one
            }
        });
    }

    /**
     * Called by the handler once the whole request is read: ends the read limit and waits for an
     * answering slot, to be given back with {@link #answered()}; false (and no slot) when the limit
     * passed first or the sandbox is closing.
     */
    boolean requestRead() {
        ReadDeadline deadline = CURRENT.get();
        if (deadline != null && !deadline.end()) {
            return false;
        }
        try {
            answering.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives back the answering slot {@link #requestRead()} took. */
    void answered() {
        answering.release();
    }

    /** Stops every thread, dropping the exchanges under way. */
    void close() {
        timer.shutdownNow();
        pool.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The read limit of one exchange: interrupting its thread, blocked on the connection's channel,
     * closes that connection; once ended it never interrupts.
     */
    private static final class ReadDeadline {
        private final Thread thread;
        private boolean open = true;

        ReadDeadline(Thread thread) {
            this.thread = thread;
        }

        synchronized void expire() {
            if (open) {
                open = false;
                thread.interrupt();
            }
        }

        /** Ends the deadline; false when it had already expired. */
        synchronized boolean end() {
            boolean wasOpen = open;
            open = false;
            return wasOpen;
        }
    }
}
