package org.bilatsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The run folder's two halves: the failure of this thread's half is reported, the tables' rides on it. */
class AlongsideTest {
    private static Future<Void> failing(Throwable t) {
        return CompletableFuture.failedFuture(t);
    }

    @Test
    void thisHalfsFailureIsReportedWithTheTablesFailureSuppressedEvenAnError() {
        IOException mine = new IOException("disk full writing bilateral.csv");
        OutOfMemoryError theirs = new OutOfMemoryError("tables");
        IOException thrown = assertThrows(
                IOException.class,
                () -> ScenarioRunFiles.alongside(
                        () -> {
                            throw mine;
                        },
                        failing(theirs)));
        assertSame(mine, thrown);
        assertArrayEquals(new Throwable[] {theirs}, thrown.getSuppressed());
    }

    /** The JVM may hand both threads its one preallocated OutOfMemoryError: it is reported, once. */
    @Test
    void oneFailureSharedByBothHalvesIsReportedItself() {
        OutOfMemoryError shared = new OutOfMemoryError("Java heap space");
        OutOfMemoryError thrown = assertThrows(
                OutOfMemoryError.class,
                () -> ScenarioRunFiles.alongside(
                        () -> {
                            throw shared;
                        },
                        failing(shared)));
        assertSame(shared, thrown);
        assertArrayEquals(new Throwable[0], thrown.getSuppressed());
    }

    @Test
    void theTablesFailureIsReportedWhenThisHalfSucceeds() {
        IOException theirs = new IOException("timeseries.csv");
        assertSame(
                theirs, assertThrows(IOException.class, () -> ScenarioRunFiles.alongside(() -> null, failing(theirs))));
        StackOverflowError error = new StackOverflowError();
        assertSame(
                error,
                assertThrows(StackOverflowError.class, () -> ScenarioRunFiles.alongside(() -> null, failing(error))));
        assertDoesNotThrow(() -> ScenarioRunFiles.alongside(() -> null, CompletableFuture.completedFuture(null)));
        assertDoesNotThrow(() -> ScenarioRunFiles.alongside(() -> null, null));
    }
}
