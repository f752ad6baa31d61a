package uk.gov.lancashire.socialvalue.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import org.apache.spark.serializer.KryoSerializer;

/**
 * Carries one of the core's values (a framework, an edition, a roll-up plan) through Java
 * serialization, which Spark's broadcast uses by default, by writing it with Spark's own Kryo.
 *
 * <p>Why: the core's values are immutable and thread-safe but deliberately not {@code Serializable}
 * (a serialized form is an API of its own, and the core has no reason to carry one). Spark ships Kryo
 * for exactly such classes, and its {@link KryoSerializer} is configured to construct classes without a
 * no-argument constructor. A value read back is equal to the one written (checked by
 * {@code KryoBoxTest} for the framework, the edition and every result type); the same jar runs on both
 * sides, so the field layout cannot differ.
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

  private void writeObject(ObjectOutputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Output kryoOut = new Output(bytes)) {
      kryo().writeClassAndObject(kryoOut, value);
    }
    byte[] data = bytes.toByteArray();
    out.writeInt(data.length);
    out.write(data);
  }

  @SuppressWarnings("unchecked")
  private void readObject(ObjectInputStream in) throws IOException {
    byte[] data = new byte[in.readInt()];
    in.readFully(data);
    try (Input kryoIn = new Input(data)) {
      value = (T) kryo().readClassAndObject(kryoIn);
    }
  }

  /** Spark's Kryo as the running application configures it (registrations included), else as by default. */
  private static Kryo kryo() {
    SparkEnv env = SparkEnv.get();
    return new KryoSerializer(env != null ? env.conf() : new SparkConf(false)).newKryo();
  }
}
