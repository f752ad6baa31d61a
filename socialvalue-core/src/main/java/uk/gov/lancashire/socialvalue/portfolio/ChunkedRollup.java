package uk.gov.lancashire.socialvalue.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * Rolls up a source divided into chunks (byte ranges of a file, batches of records) on several threads:
 * each thread claims the next unread chunk, reads it into its own {@link PortfolioRollup.Accumulator},
 * and the accumulators are merged at the end. The format is a parameter: a {@link ChunkReader} reads one
 * chunk into an accumulator and returns what it has to say about the chunk (its problems, where it
 * ended), kept in chunk order.
 *
 * <p><strong>Identical to one thread.</strong> Accumulators add exactly (see {@link PortfolioRollup}),
 * so the merged totals do not depend on which thread read which chunk, in what order, nor on how the
 * source was divided; the chunk reports come back in chunk order, so problems can be listed in source
 * order. With one thread the chunks are read in order by the calling thread alone.
 *
 * <p>The calling thread reads chunks too; {@code threads - 1} more threads are started for the call
 * and end with it. When a reader throws, no further chunk is started and the first exception is
 * rethrown to the caller once every thread has stopped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChunkedRollup {

  /** The most threads one call starts, a guard against a mistyped count. */
  public static final int MAX_THREADS = 256;

  private ChunkedRollup() {}

  /**
   * Reads one chunk into an accumulator. Each thread gets its own reader from the supplier, so a reader
   * may keep buffers between chunks; it must not share mutable state with other readers.
   *
   * @param <C> the chunk type
   * @param <R> what the reader reports about a chunk
   */
  @FunctionalInterface
  public interface ChunkReader<C, R> {

    /**
     * @param chunk the chunk to read
     * @param into the accumulator of the reading thread: add every record of the chunk that counts
     * @return the reader's report on the chunk
     */
    R read(C chunk, PortfolioRollup.Accumulator into);
  }

  /**
   * The merged accumulator and each chunk's report.
   *
   * @param <R> what the reader reports about a chunk
   * @param accumulator every record of every chunk, merged exactly
   * @param reports the readers' reports, in chunk order
   */
  public record Outcome<R>(PortfolioRollup.Accumulator accumulator, List<R> reports) {

    /**
     * @param accumulator every record of every chunk, merged exactly
     * @param reports the readers' reports, in chunk order
     */
    public Outcome {
      Objects.requireNonNull(accumulator, "accumulator");
      reports = Collections.unmodifiableList(new ArrayList<>(reports));
    }
  }

  /**
   * Reads every chunk, on up to {@code threads} threads, and merges what they read.
   *
   * @param <C> the chunk type
   * @param <R> what the reader reports about a chunk
   * @param plan the roll-up plan every accumulator belongs to
   * @param chunks the chunks, in source order
   * @param readers makes one reader per thread
   * @param threads how many threads read, the calling thread included: 1 to {@link #MAX_THREADS}
   * @return the merged accumulator and the reports in chunk order
   * @throws ValidationException when {@code threads} is out of range
   */
  public static <C, R> Outcome<R> rollUp(PortfolioRollup plan, List<? extends C> chunks,
      Supplier<? extends ChunkReader<? super C, ? extends R>> readers, int threads) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(chunks, "chunks");
    Objects.requireNonNull(readers, "readers");
    if (threads < 1 || threads > MAX_THREADS) {
      throw ValidationException.of("threads", "must be from 1 to " + MAX_THREADS + ", was " + threads);
    }
    Object[] reports = new Object[chunks.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    int helpers = Math.min(threads, Math.max(chunks.size(), 1)) - 1;
    PortfolioRollup.Accumulator[] accumulators = new PortfolioRollup.Accumulator[helpers + 1];
    Thread[] started = new Thread[helpers];
    for (int t = 0; t < helpers; t++) {
      int slot = t + 1;
      started[t] = new Thread(() -> accumulators[slot] = work(plan, chunks, readers, next, reports, failure),
          "socialvalue-rollup-" + slot);
      started[t].setDaemon(true);
      started[t].start();
    }
    accumulators[0] = work(plan, chunks, readers, next, reports, failure);
    boolean interrupted = false;
    for (Thread thread : started) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
          failure.compareAndSet(null, e);
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException) {
      throw (RuntimeException) thrown;
    }
    if (thrown instanceof Error) {
      throw (Error) thrown;
    }
    if (thrown != null) {
      throw new IllegalStateException("interrupted while the chunks were read", thrown);
    }
    PortfolioRollup.Accumulator merged = accumulators[0];
    for (int t = 1; t < accumulators.length; t++) {
      merged.addAll(accumulators[t]);
    }
    @SuppressWarnings("unchecked")
    List<R> inOrder = (List<R>) Arrays.asList(reports);
    return new Outcome<>(merged, inOrder);
  }

  private static <C, R> PortfolioRollup.Accumulator work(PortfolioRollup plan, List<? extends C> chunks,
      Supplier<? extends ChunkReader<? super C, ? extends R>> readers, AtomicInteger next, Object[] reports,
      AtomicReference<@Nullable Throwable> failure) {
    PortfolioRollup.Accumulator accumulator = plan.accumulator();
    try {
      ChunkReader<? super C, ? extends R> reader = null;
      for (int i = next.getAndIncrement(); i < chunks.size() && failure.get() == null; i = next.getAndIncrement()) {
        if (reader == null) {
          reader = Objects.requireNonNull(readers.get(), "the supplier gave no reader");
        }
        reports[i] = reader.read(chunks.get(i), accumulator);
      }
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    }
    return accumulator;
  }
}
