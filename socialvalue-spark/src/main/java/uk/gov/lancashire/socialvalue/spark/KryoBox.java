package uk.gov.lancashire.socialvalue.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;

/**
 * Carries the core's values (a framework, an edition, a roll-up plan, partition results) between the
 * driver and the executors, written by Kryo as this class configures it.
 *
 * <p>Why: the core's values are immutable and thread-safe but deliberately not {@code Serializable} (a
 * serialized form is an API of its own, and the core has no reason to carry one). Spark ships Kryo for
 * such classes, and a Kryo made by Spark's {@link KryoSerializer} constructs classes without a
 * no-argument constructor. One gap is closed here: {@link MathContext} (inside every exact amount) has
 * no field Kryo may read on Java 17 without opening {@code java.math}, so it is written as its precision
 * and rounding mode. The same Kryo is used whatever the session's {@code spark.kryo.*} settings, and both
 * ways of travelling use it:
 * <ul>
 *   <li>the broadcast plan, through Java serialization (Spark's default for broadcasts): a {@code KryoBox}
 *       writes its value with this Kryo;
 *   <li>partition results, through {@code Encoders.kryo}: their classes name {@link KryoResultSerializer} as
 *       their Kryo serializer, which writes them with this Kryo as bytes inside Spark's own Kryo stream.
 * </ul>
 * A value read back is equal to the one written ({@code KryoBoxTest}); the same jar runs on both sides,
 * so the field layout cannot differ.
 *
 * @param <T> the type carried
 */
final class KryoBox<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient T value;

  private KryoBox(T value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  static <T> KryoBox<T> of(T value) {
    return new KryoBox<>(value);
  }

  T get() {
    return value;
  }

  /**
   * @param value a value
   * @return it, written by this class's Kryo
   */
  static byte[] write(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Output out = new Output(bytes)) {
      kryo().writeClassAndObject(out, value);
    }
    return bytes.toByteArray();
  }

  /**
   * @param data what {@link #write(Object)} wrote
   * @return the value read back
   */
  static Object read(byte[] data) {
    try (Input in = new Input(data)) {
      return kryo().readClassAndObject(in);
    }
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    byte[] data = write(value);
    out.writeInt(data.length);
    out.write(data);
  }

  @SuppressWarnings("unchecked")
  private void readObject(ObjectInputStream in) throws IOException {
    byte[] data = new byte[in.readInt()];
    in.readFully(data);
    value = (T) read(data);
  }

  /**
   * Spark's Kryo with its default settings (no registration required), plus {@link MathContext}, and the
   * result classes written field by field (elsewhere they name {@link KryoResultSerializer}, which calls here).
   */
  private static Kryo kryo() {
    Kryo kryo = new KryoSerializer(new SparkConf(false)).newKryo();
    kryo.addDefaultSerializer(MathContext.class, new MathContextSerializer());
    for (Class<?> result : List.of(NationalTotals.class, NationalAggregate.class)) {
      kryo.register(result, new FieldSerializer<>(kryo, result));
    }
    return kryo;
  }

  /** Writes a {@link MathContext} as its precision and rounding mode. */
  private static final class MathContextSerializer extends Serializer<MathContext> {
    MathContextSerializer() {
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, MathContext context) {
      output.writeVarInt(context.getPrecision(), true);
      output.writeVarInt(context.getRoundingMode().ordinal(), true);
    }

    @Override
    public MathContext read(Kryo kryo, Input input, Class<MathContext> type) {
      int precision = input.readVarInt(true);
      return new MathContext(precision, RoundingMode.values()[input.readVarInt(true)]);
    }
  }
}
