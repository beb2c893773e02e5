package dev.keel.ui.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.engine.DerivativeLine;
import dev.keel.model.AssetType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The derivatives list's warning of an expiry near the book's as-of date, and its title. */
class ExpiryNoteTest {
  private static DerivativeLine future(Long days) {
    return new DerivativeLine(
        "ibkr",
        "ESZ6",
        AssetType.FUTURE,
        BigDecimal.ONE,
        BigDecimal.TEN,
        BigDecimal.TEN,
        "USD",
        "SPX",
        days == null ? null : LocalDate.of(2026, 12, 18),
        days);
  }

  @Test
  void withinTheDaysChosen_warns_andSaysWhatToDo() {
    assertThat(ExpiryNote.of(future(3L), 7)).isEqualTo("expires in 3 days: roll or close it");
    assertThat(ExpiryNote.of(future(1L), 7)).isEqualTo("expires in 1 day: roll or close it");
    assertThat(ExpiryNote.of(future(0L), 7)).isEqualTo("expires today: roll or close it");
    assertThat(ExpiryNote.of(future(-2L), 7)).isEqualTo("expired 2 days ago: roll or close it");
  }

  @Test
  void laterExpiriesAndPerpetuals_sayNothing() {
    assertThat(ExpiryNote.of(future(8L), 7)).isEmpty();
    assertThat(ExpiryNote.of(future(28L), 30)).isNotEmpty();
    assertThat(ExpiryNote.of(future(null), 365)).as("a perpetual").isEmpty();
  }

  @Test
  void theTitle_countsTheContractsThatExpireSoon() {
    List<DerivativeLine> lines = List.of(future(3L), future(28L), future(null));

    assertThat(DerivativesView.title(lines, 7))
        .isEqualTo("Derivatives (3, 1 expires within 7 days)");
    assertThat(DerivativesView.title(lines, 2)).isEqualTo("Derivatives (3)");
  }
}
