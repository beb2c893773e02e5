package dev.keel.ui.exposure;

import static dev.keel.ui.exposure.Figures.MONEY;
import static dev.keel.ui.exposure.Figures.UNITS;
import static dev.keel.ui.exposure.Figures.grouped;
import static dev.keel.ui.exposure.Figures.rounded;

import dev.keel.analytics.exposure.UnderlyingExposure;
import dev.keel.ui.common.TableColumns;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * The book's net per underlying, one row each, its units in its headers; choosing a row chooses the
 * underlying the positions, the ladder and the chart show.
 */
final class UnderlyingTable {
  private final TableView<UnderlyingExposure> table = new TableView<>();
  private final ExposureViewModel viewModel;

  /** True while the table's selection is made to follow the view-model's. */
  private boolean following;

  UnderlyingTable(ExposureViewModel viewModel) {
    this.viewModel = viewModel;
    table.setId("exposure-underlyings");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No positions"));
    SortedList<UnderlyingExposure> rows = new SortedList<>(viewModel.underlyings());
    rows.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(rows);
    TableColumns<UnderlyingExposure> columns = new TableColumns<>(table);
    columns.text("Underlying", UnderlyingExposure::underlying, null);
    columns.figureOrWord(
        "Price",
        u -> Figures.plain(u.price()),
        u -> Figures.written(Figures.plain(u.price())) + " " + u.currency(),
        null);
    columns.figure(
        "Net delta\n(units)",
        u -> rounded(u.delta(), UNITS),
        u -> grouped(rounded(u.delta(), UNITS)),
        UnderlyingTable::gammaAndRho);
    money(columns, "Cash\ndelta", UnderlyingExposure::cashDelta);
    money(columns, "Cash gamma\n(per 1 %)", UnderlyingExposure::cashGamma);
    money(columns, "Vega\n(per vol pt)", UnderlyingExposure::vega);
    money(columns, "Theta\n(per day)", UnderlyingExposure::theta);
    money(columns, "Gross\nnotional", UnderlyingExposure::grossNotional);
    Function<UnderlyingExposure, BigDecimal> funding =
        u -> u.fundingPerDay() == 0 ? null : rounded(u.fundingPerDay(), MONEY);
    columns.figure("Funding\n(per day)", funding, u -> grouped(funding.apply(u)), null);
    Function<UnderlyingExposure, BigDecimal> nearest =
        u -> u.nearestExpiryDays() == null ? null : BigDecimal.valueOf(u.nearestExpiryDays());
    columns.figure("Nearest\nexpiry (days)", nearest, u -> Figures.written(nearest.apply(u)), null);
    columns.fitTo(viewModel.underlyings());
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (!following && now != null) {
                viewModel.select(now.underlying());
              }
            });
    // after the table's own listener: a new exposure clears the selection, this puts it back
    rows.addListener((ListChangeListener<UnderlyingExposure>) change -> follow());
    viewModel.selectedProperty().addListener((obs, old, now) -> follow());
  }

  TableView<UnderlyingExposure> table() {
    return table;
  }

  private static void money(
      TableColumns<UnderlyingExposure> columns,
      String title,
      ToDoubleFunction<UnderlyingExposure> value) {
    columns.figure(
        title,
        u -> rounded(value.applyAsDouble(u), MONEY),
        u -> grouped(rounded(value.applyAsDouble(u), MONEY)),
        null);
  }

  private static String gammaAndRho(UnderlyingExposure u) {
    return "Gamma "
        + grouped(rounded(u.gamma(), Figures.GAMMA))
        + " "
        + u.underlying()
        + " per 1 "
        + u.currency()
        + " of its price; rho "
        + Figures.money(u.rho())
        + " per 1 % of the rate";
  }

  /** Selects the row of the underlying chosen, or none. */
  private void follow() {
    following = true;
    try {
      String chosen = viewModel.selectedProperty().get();
      UnderlyingExposure row =
          chosen == null
              ? null
              : table.getItems().stream()
                  .filter(u -> u.underlying().equals(chosen))
                  .findFirst()
                  .orElse(null);
      if (row == null) {
        table.getSelectionModel().clearSelection();
      } else if (table.getSelectionModel().getSelectedItem() != row) {
        table.getSelectionModel().select(row);
      }
    } finally {
      following = false;
    }
  }
}
