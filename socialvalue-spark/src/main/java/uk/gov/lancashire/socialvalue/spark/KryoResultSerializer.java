package uk.gov.lancashire.socialvalue.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * How Spark's Kryo writes {@link NationalTotals} and {@link NationalAggregate} (named by their
 * {@code @DefaultSerializer}): as bytes written by this module's own Kryo configuration, so partition
 * results travel the same way whatever the session's Kryo settings. Public only because Kryo must be able
 * to construct it; not for use by applications.
 */
public final class KryoResultSerializer extends Serializer<Object> {

  /** Made by Kryo. */
  public KryoResultSerializer() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, Object value) {
    byte[] data = KryoBox.write(value);
    output.writeVarInt(data.length, true);
    output.writeBytes(data);
  }

  @Override
  public Object read(Kryo kryo, Input input, Class<Object> type) {
    return KryoBox.read(input.readBytes(input.readVarInt(true)));
  }
}
