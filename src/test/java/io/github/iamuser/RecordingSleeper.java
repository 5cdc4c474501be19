package io.github.iamuser;

import io.github.iamuser.testkit.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that never sleeps: it records each wait and moves the fake clock forward by it. */
public final class RecordingSleeper implements Sleeper {
    private final MutableClock clock;
    private final List<Duration> waits = new ArrayList<>();

    public RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        clock.advance(duration);
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
