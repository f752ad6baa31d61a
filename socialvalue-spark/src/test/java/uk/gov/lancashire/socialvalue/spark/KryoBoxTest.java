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
