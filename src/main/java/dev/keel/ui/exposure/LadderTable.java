package dev.keel.ui.exposure;

import static dev.keel.ui.exposure.Figures.MONEY;
import static dev.keel.ui.exposure.Figures.UNITS;
import static dev.keel.ui.exposure.Figures.grouped;
import static dev.keel.ui.exposure.Figures.rounded;

import dev.keel.analytics.exposure.ExpiryRung;
import dev.keel.analytics.exposure.ExposureCalculator;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.ui.common.TableColumns;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The expiry ladder: per day and underlying, the contracts that expire and the exposure that goes
 * with them; a rung within {@link ExposureCalculator#ROLL_WARNING_DAYS} days is tinted and says
 * "roll" in words, so colour is not the only sign.
 */
final class LadderTable {
  /** A rung to be rolled. */
  static final PseudoClass ROLL = PseudoClass.getPseudoClass("roll");

  /** What the roll column says of a rung to be rolled. */
  static final String ROLL_TEXT = "⚠ roll";

  private final TableView<ExpiryRung> table = new TableView<>();

  LadderTable(ExposureViewModel viewModel) {
    table.setId("exposure-ladder");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No futures or options: nothing expires"));
    table.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(ExpiryRung rung, boolean empty) {
                super.updateItem(rung, empty);
                pseudoClassStateChanged(ROLL, !empty && rung != null && rung.toRoll());
              }
            });
    SortedList<ExpiryRung> rows = new SortedList<>(viewModel.ladder());
    rows.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(rows);
    TableColumns<ExpiryRung> columns = new TableColumns<>(table);
    columns.text("Expiry", r -> r.expiry().toString(), null);
    Function<ExpiryRung, BigDecimal> days = r -> BigDecimal.valueOf(r.daysToExpiry());
    columns.figure("Days\nleft", days, r -> Figures.written(days.apply(r)), null);
    columns.text("Underlying", ExpiryRung::underlying, null);
    Function<ExpiryRung, BigDecimal> count = r -> BigDecimal.valueOf(r.positions().size());
    columns.figure("Positions", count, r -> Figures.written(count.apply(r)), null);
    figure(columns, "Net delta\n(units)", r -> rounded(r.delta(), UNITS));
    figure(columns, "Cash\ndelta", r -> rounded(r.cashDelta(), MONEY));
    figure(columns, "Cash gamma\n(per 1 %)", r -> rounded(r.cashGamma(), MONEY));
    figure(columns, "Vega\n(per vol pt)", r -> rounded(r.vega(), MONEY));
    figure(columns, "Theta\n(per day)", r -> rounded(r.theta(), MONEY));
    columns.text(
        "Roll",
        r -> r.toRoll() ? ROLL_TEXT : "",
        r ->
            r.toRoll()
                ? "Expires within "
                    + ExposureCalculator.ROLL_WARNING_DAYS
                    + " days: roll it, close it or let it expire"
                : null);
    columns.givingWay("Expiring", LadderTable::expiring, 160);
    columns.fitTo(viewModel.ladder());
  }

  TableView<ExpiryRung> table() {
    return table;
  }

  private static void figure(
      TableColumns<ExpiryRung> columns, String title, Function<ExpiryRung, BigDecimal> figure) {
    columns.figure(title, figure, r -> grouped(figure.apply(r)), null);
  }

  /** The positions that expire, each with its quantity: "3000 BTC-25DEC26, -5 BTC-…-C". */
  static String expiring(ExpiryRung rung) {
    return rung.positions().stream()
        .map(p -> Figures.written(Figures.plain(p.quantity())) + " " + p.symbol() + where(p))
        .collect(Collectors.joining(", "));
  }

  private static String where(PositionExposure p) {
    return " (" + p.account() + ")";
  }
}
