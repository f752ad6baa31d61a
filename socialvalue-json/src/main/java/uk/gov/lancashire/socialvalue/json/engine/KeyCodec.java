package uk.gov.lancashire.socialvalue.json.engine;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a JSON object key as a value, such as a measure code keying an edition's proxy values.
 *
 * @param <K> the key type
 */
public interface KeyCodec<K> {

  /**
   * @param key the key as written
   * @param in the stream, entered at the key's member (for problems)
   * @return the key, or {@code null} when bad (a problem is recorded)
   */
  @Nullable K readKey(String key, In in);

  /**
   * @param key a key
   * @return its text
   */
  String text(K key);
}
