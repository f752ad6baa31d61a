package uk.gov.lancashire.socialvalue.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void alignsTextLeftAndNumbersRight() {
    String table = TextTable.of("measure", "value").right(1)
        .row("LT1", "£1,000.00")
        .row("LT10", "£5.00")
        .render();
    assertThat(table).isEqualTo(
        "  measure      value\n"
      + "  -------  ---------\n"
      + "  LT1      £1,000.00\n"
      + "  LT10         £5.00\n");
  }
}
