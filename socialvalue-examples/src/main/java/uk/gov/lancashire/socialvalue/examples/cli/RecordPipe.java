package uk.gov.lancashire.socialvalue.examples.cli;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;

/**
 * Joins a reader that pushes records (to a consumer) to a writer that pulls them (from an {@link Iterable}
 * read once, as the spreadsheet writers do): the writer runs on a thread of its own and the records pass
 * through a queue of at most {@value #CAPACITY}, so a conversion holds a bounded number of records whatever
 * the size of its input.
 */
final class RecordPipe implements AutoCloseable {

  /** The most records waiting between the reader and the writer. */
  static final int CAPACITY = 1024;

  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final FutureTask<Void> writer;

  /**
   * Starts the writer.
   *
   * @param write writes every record the iterable gives, in order
   */
  RecordPipe(Consumer<Iterable<DeliveryRecord>> write) {
    this.writer = new FutureTask<>(() -> {
      write.accept(this::records);
      return null;
    });
    Thread thread = new Thread(writer, "socialvalue-record-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Passes one record to the writer, waiting while the queue is full; once the writer has stopped (it
   * failed), records are dropped and {@link #finish()} reports why.
   *
   * @param record the record
   */
  void accept(DeliveryRecord record) {
    put(record);
  }

  /** Ends the records, waits for the writer, and throws what it threw. */
  void finish() {
    put(END);
    try {
      writer.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing", e);
    }
  }

  /** Stops the writer if it is still running (the run failed before {@link #finish()}). */
  @Override
  public void close() {
    writer.cancel(true);
  }

  private void put(Object item) {
    try {
      while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
        if (writer.isDone()) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while reading");
    }
  }

  private Iterator<DeliveryRecord> records() {
    return new Iterator<>() {
      private @Nullable Object next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = queue.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the run stopped");
          }
        }
        return next != END;
      }

      @Override
      public DeliveryRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        DeliveryRecord record = (DeliveryRecord) next;
        next = null;
        return record;
      }
    };
  }
}
