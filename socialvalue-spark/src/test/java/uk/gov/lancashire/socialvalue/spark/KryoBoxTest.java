package uk.gov.lancashire.socialvalue.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

class KryoBoxTest {

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(KryoBox.of(value));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return ((KryoBox<T>) in.readObject()).get();
    }
  }

  @Test
  void theFrameworkAndEditionTravelThroughJavaSerializationUnchanged() throws Exception {
    assertThat(roundTrip(IllustrativeNational.framework())).isEqualTo(IllustrativeNational.framework());
    assertThat(roundTrip(IllustrativeNational.edition())).isEqualTo(IllustrativeNational.edition());
  }

  @Test
  void resultsTravelAsTheirOwnBytesUnchanged() {
    NationalTotals.Accumulator acc = new NationalTotals.Accumulator(
        PortfolioRollup.of(IllustrativeNational.framework(), IllustrativeNational.edition()));
    acc.bad();
    NationalTotals totals = acc.result();
    org.apache.spark.serializer.SerializerInstance spark = new org.apache.spark.serializer.KryoSerializer(
        new org.apache.spark.SparkConf(false).set("spark.kryo.registrationRequired", "true")
            .set("spark.kryo.classesToRegister", NationalTotals.class.getName())).newInstance();
    scala.reflect.ClassTag<NationalTotals> tag = scala.reflect.ClassTag$.MODULE$.apply(NationalTotals.class);
    NationalTotals back = spark.deserialize(spark.serialize(totals, tag), tag);
    assertThat(back).isEqualTo(totals);
    assertThat(back.badRows()).isEqualTo(1);
  }

  @Test
  void aPlanReadBackValuesAsTheOriginalDoes() throws Exception {
    PortfolioRollup plan = PortfolioRollup.of(IllustrativeNational.framework(), IllustrativeNational.edition());
    PortfolioRollup back = roundTrip(plan);
    assertThat(back.framework()).isEqualTo(plan.framework());
    assertThat(back.edition()).isEqualTo(plan.edition());
    for (int m = 0; m < plan.measureCount(); m++) {
      assertThat(back.measure(m)).isEqualTo(plan.measure(m));
    }
  }
}
