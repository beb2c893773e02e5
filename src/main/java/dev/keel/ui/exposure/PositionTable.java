package dev.keel.ui.exposure;

import static dev.keel.ui.exposure.Figures.MONEY;
import static dev.keel.ui.exposure.Figures.UNITS;
import static dev.keel.ui.exposure.Figures.grouped;
import static dev.keel.ui.exposure.Figures.rounded;

import dev.keel.analytics.exposure.BookExposure;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.analytics.pricing.Greeks;
import dev.keel.model.AssetType;
import dev.keel.ui.common.TableColumns;
import java.math.BigDecimal;
import java.util.function.Function;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * Every position on the underlying chosen (or on all) with its Greeks: the position's in the cells,
 * one unit's in their tooltips; an option's implied volatility, or "undefined" with the reason.
 */
final class PositionTable {
  /** What the Greeks' columns are in, in short, beside the table's heading. */
  static final String LEGEND =
      "delta in units of the underlying · gamma per 1 of its price · vega per vol point · theta"
          + " per day · rho per 1 % · money in the base currency";

  /** The legend in full, as its tooltip. */
  static final String LEGEND_IN_FULL =
      "Delta: units of the position's own underlying it moves like. Gamma: change of that delta"
          + " per 1 unit of the underlying's price. Vega: change of value per volatility point"
          + " (0.01). Theta: change of value as one calendar day passes. Rho: change of value per"
          + " 1 % of the interest rate. Vega, theta, rho and cash delta are in the base currency;"
          + " an option's cells give one unit's Greeks in their tooltip.";

  /** What the implied volatility column says of an option whose price implies none. */
  static final String UNDEFINED = "undefined";

  private final TableView<PositionExposure> table = new TableView<>();

  PositionTable(ExposureViewModel viewModel) {
    table.setId("exposure-positions");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No positions"));
    SortedList<PositionExposure> rows = new SortedList<>(viewModel.positions());
    rows.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(rows);
    TableColumns<PositionExposure> columns = new TableColumns<>(table);
    columns.text("Account", PositionExposure::account, null);
    columns.text("Symbol", PositionExposure::symbol, null);
    columns.text("Type", p -> p.type().label(), null);
    figure(columns, "Qty", p -> Figures.plain(p.quantity()), null);
    columns.figureOrWord(
        "Price",
        p -> Figures.plain(p.price()),
        p -> Figures.written(Figures.plain(p.price())) + quotedIn(p, viewModel),
        null);
    columns.figure(
        "Model\nprice",
        p -> Figures.significant(p.modelPrice()),
        p -> Figures.written(Figures.significant(p.modelPrice())),
        null);
    columns.figureOrWord(
        "IV",
        p -> Figures.volPercent(p.impliedVol()),
        PositionTable::impliedVol,
        PositionTable::impliedVolNote);
    figure(columns, "Delta\n(units)", p -> rounded(p.delta(), UNITS), PositionTable::perUnit);
    figure(columns, "Gamma", p -> greek(p, p.gamma(), Figures.GAMMA), PositionTable::perUnit);
    figure(columns, "Vega", p -> greek(p, p.vega(), MONEY), PositionTable::perUnit);
    figure(columns, "Theta", p -> greek(p, p.theta(), MONEY), PositionTable::perUnit);
    figure(columns, "Rho", p -> greek(p, p.rho(), MONEY), PositionTable::perUnit);
    figure(columns, "Cash\ndelta", p -> rounded(p.cashDelta(), MONEY), null);
    figure(
        columns,
        "Premium-\nadj. delta",
        p -> rounded(p.premiumAdjustedDelta(), UNITS),
        p ->
            p.premiumAdjustedDelta() == null
                ? null
                : "The delta less the premium in "
                    + p.quoteCurrency()
                    + ", as the venue counts it");
    Function<PositionExposure, BigDecimal> days =
        p -> p.daysToExpiry() == null ? null : BigDecimal.valueOf(p.daysToExpiry());
    columns.figure("Days\nleft", days, p -> Figures.written(days.apply(p)), null);
    columns.givingWay("Method", p -> p.method() == null ? "" : p.method(), 90);
    columns.fitTo(viewModel.positions());
  }

  TableView<PositionExposure> table() {
    return table;
  }

  private static void figure(
      TableColumns<PositionExposure> columns,
      String title,
      Function<PositionExposure, BigDecimal> figure,
      Function<PositionExposure, String> tip) {
    columns.figure(title, figure, p -> grouped(figure.apply(p)), tip);
  }

  /** " BTC" after a price quoted in another currency than the base, as a coin option's is. */
  private static String quotedIn(PositionExposure p, ExposureViewModel viewModel) {
    BookExposure exposure = viewModel.exposureProperty().get();
    return exposure == null || p.quoteCurrency().equals(exposure.baseCurrency())
        ? ""
        : " " + p.quoteCurrency();
  }

  /** A Greek other than delta: blank for spot and linear contracts, which have none. */
  private static BigDecimal greek(PositionExposure p, double value, int places) {
    return p.type() != AssetType.OPTION && value == 0 ? null : rounded(value, places);
  }

  static String impliedVol(PositionExposure p) {
    if (p.type() != AssetType.OPTION) {
      return "";
    }
    BigDecimal percent = Figures.volPercent(p.impliedVol());
    return percent == null ? UNDEFINED : percent.toPlainString() + " %";
  }

  private static String impliedVolNote(PositionExposure p) {
    if (p.type() != AssetType.OPTION) {
      return null;
    }
    String valuedWith =
        p.volatility() == null
            ? "No volatility to value it with: its Greeks are left out."
            : "Valued with a volatility of " + Figures.volPercent(p.volatility()) + " %.";
    return p.impliedVol() == null
        ? "No implied volatility: " + p.impliedVolNote() + ". " + valuedWith
        : valuedWith;
  }

  /** One unit's Greeks, for an option: in the currency its underlying is priced in. */
  private static String perUnit(PositionExposure p) {
    if (p.type() != AssetType.OPTION || p.volatility() == null) {
      return null;
    }
    Greeks unit = p.unit();
    return "One unit of "
        + p.underlying()
        + ": delta "
        + grouped(rounded(unit.delta(), UNITS))
        + ", gamma "
        + grouped(rounded(unit.gamma(), Figures.GAMMA))
        + ", vega "
        + grouped(rounded(unit.vega(), MONEY))
        + ", theta "
        + grouped(rounded(unit.theta(), MONEY))
        + ", rho "
        + grouped(rounded(unit.rho(), MONEY))
        + " (in the currency of "
        + p.underlying()
        + "'s price)";
  }
}
