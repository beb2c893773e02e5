package dev.keel.ui.stress;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A cell of the heat table: the figure's text, always, shaded by its band and marked when it is a
 * liquidation (pseudo-classes, decision 16), with the figures behind it in its one tooltip.
 */
final class HeatCell extends TableCell<ScenarioRow, ScenarioRow> {
  /** The style class of a shaded cell and of the legend's samples (keel.css). */
  static final String HEAT = "heat";

  private final Function<ScenarioRow, HeatFigure> figure;
  private final Tooltip tooltip = new Tooltip();

  HeatCell(Function<ScenarioRow, HeatFigure> figure) {
    this.figure = figure;
    getStyleClass().add(HEAT);
  }

  @Override
  protected void updateItem(ScenarioRow row, boolean empty) {
    super.updateItem(row, empty);
    HeatFigure shown = empty || row == null ? null : figure.apply(row);
    for (LossBand band : LossBand.values()) {
      pseudoClassStateChanged(StressView.band(band), shown != null && shown.band() == band);
    }
    pseudoClassStateChanged(StressView.LIQUIDATED, shown != null && shown.liquidated());
    if (shown == null) {
      // a scenario the book after the proposal no longer holds what it names: not run there
      setText(empty || row == null ? null : StressTexts.NOT_APPLICABLE);
      setTooltip(null);
      return;
    }
    setText(shown.text());
    tooltip.setText(shown.details());
    setTooltip(tooltip);
  }
}
