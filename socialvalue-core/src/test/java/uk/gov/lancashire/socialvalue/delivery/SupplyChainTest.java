package uk.gov.lancashire.socialvalue.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

class SupplyChainTest {

  @Test
  void tiersFollowTheSubcontractingDepth() {
    SupplyChain chain = SupplyChain.builder()
        .addSuppliers(Supplier.prime("prime", "Prime Ltd"), Supplier.subcontractor("sub", "Sub Ltd", "prime"),
            Supplier.subcontractor("subsub", "Sub-sub Ltd", "sub"))
        .build();

    assertThat(chain.prime().id()).isEqualTo("prime");
    assertThat(chain.tier("prime")).isEqualTo(1);
    assertThat(chain.tier("sub")).isEqualTo(2);
    assertThat(chain.tier("subsub")).isEqualTo(3);
  }

  @Test
  void reportsEveryStructuralProblem() {
    assertThatThrownBy(() -> SupplyChain.builder()
        .addSuppliers(Supplier.prime("a", "A"), Supplier.prime("b", "B"),
            Supplier.subcontractor("c", "C", "nobody"),
            Supplier.subcontractor("x", "X", "y"), Supplier.subcontractor("y", "Y", "x"))
        .build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Object::toString).contains(
            "suppliers: needs exactly one prime contractor (a supplier without a parent), has 2",
            "suppliers[2].parent: unknown supplier 'nobody'",
            "suppliers[3]: 'x' is in a subcontracting cycle"));
  }
}
