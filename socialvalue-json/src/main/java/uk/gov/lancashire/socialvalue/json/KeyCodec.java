package uk.gov.lancashire.socialvalue.json;

import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON object key as a value, such as a measure code keying an edition's proxy values.
 *
 * @param <K> the key type
 */
interface KeyCodec<K> {

  /**
   * @param key the key as written
   * @param at where the key's value is, for problems
   * @return the key, or {@code null} when bad (a problem is recorded)
   */
  @Nullable K read(String key, Cursor at);
}
