package uk.gov.lancashire.socialvalue.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

class MilestoneTest {

  private static final LocalDate DUE = LocalDate.of(2025, 9, 30);

  private static Milestone statement() {
    return Milestone.builder().id("statement-2024-25").title("Publish the 2024/25 social value statement")
        .due(DUE).started(LocalDate.of(2025, 5, 1)).completed(LocalDate.of(2025, 9, 15)).build();
  }

  @Test
  void statusFollowsTheDate() {
    Milestone m = statement();
    assertThat(m.status(LocalDate.of(2025, 4, 30))).isEqualTo(MilestoneStatus.NOT_STARTED);
    assertThat(m.status(LocalDate.of(2025, 5, 1))).isEqualTo(MilestoneStatus.IN_PROGRESS);
    assertThat(m.status(LocalDate.of(2025, 9, 15))).isEqualTo(MilestoneStatus.DONE);
  }

  @Test
  void overdueWhenPastDueAndNotDone() {
    Milestone late = Milestone.builder().id("late").title("Late").due(DUE)
        .started(LocalDate.of(2025, 5, 1)).completed(LocalDate.of(2025, 10, 10)).build();
    assertThat(late.status(DUE)).isEqualTo(MilestoneStatus.IN_PROGRESS);
    assertThat(late.status(DUE.plusDays(1))).isEqualTo(MilestoneStatus.OVERDUE);
    assertThat(late.status(LocalDate.of(2025, 10, 10))).isEqualTo(MilestoneStatus.DONE);
    assertThat(Milestone.of("never", "Never started", DUE).status(DUE.plusDays(1))).isEqualTo(MilestoneStatus.OVERDUE);
  }

  @Test
  void completedNotBeforeStarted() {
    assertThatThrownBy(() -> Milestone.builder().id("x").title("X").due(DUE)
        .started(LocalDate.of(2025, 5, 1)).completed(LocalDate.of(2025, 4, 1)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("completed: must not be before started");
  }
}
