package uk.gov.lancashire.socialvalue.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalityTest {

  @Test
  void postcodeAreasMatchOnTheirLettersOnly() {
    Locality lancashire = Locality.postcodePrefixes("PR", "b");

    assertThat(lancashire.classify(Optional.of(Location.postcode("pr1 8xj")))).isEqualTo(LocalStatus.LOCAL);
    assertThat(lancashire.classify(Optional.of(Location.postcode("PR25 1AA")))).isEqualTo(LocalStatus.LOCAL);
    assertThat(lancashire.classify(Optional.of(Location.postcode("B1 1AA")))).isEqualTo(LocalStatus.LOCAL);
    assertThat(lancashire.classify(Optional.of(Location.postcode("BB1 1AA")))).isEqualTo(LocalStatus.NOT_LOCAL);
  }

  @Test
  void postcodeDistrictsMatchTheWholeOutwardCode() {
    Locality preston = Locality.postcodePrefixes("PR1");

    assertThat(preston.classify(Optional.of(Location.postcode("PR1 8XJ")))).isEqualTo(LocalStatus.LOCAL);
    assertThat(preston.classify(Optional.of(Location.postcode("PR10 1AA")))).isEqualTo(LocalStatus.NOT_LOCAL);
  }

  @Test
  void areaCodesMatchExactlyAndOtherKindsAreUnknown() {
    Locality districts = Locality.areaCodes("E07000123");

    assertThat(districts.classify(Optional.of(Location.area("e07000123")))).isEqualTo(LocalStatus.LOCAL);
    assertThat(districts.classify(Optional.of(Location.area("E07000124")))).isEqualTo(LocalStatus.NOT_LOCAL);
    assertThat(districts.classify(Optional.of(Location.postcode("PR1 8XJ")))).isEqualTo(LocalStatus.UNKNOWN);
    assertThat(districts.classify(Optional.empty())).isEqualTo(LocalStatus.UNKNOWN);
  }
}
