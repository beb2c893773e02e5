package dev.keel.ui.proposal;

import dev.keel.engine.DriftRow;
import dev.keel.engine.rebalance.Outcome;
import dev.keel.ui.common.Formats;
import javafx.beans.Observable;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** The top-level weights before and after the approved trades, beside their targets. */
final class BeforeAfterChart {
  private final BarChart<String, Number> chart =
      new BarChart<>(new CategoryAxis(), new NumberAxis());

  BeforeAfterChart(ReviewTotalsViewModel totals) {
    chart.setId("before-after-chart");
    chart.setAnimated(false);
    chart.setTitle("Weights before and after the approved trades, %");
    // not a change listener: that compares the outcomes, two drift reports of every line, at every
    // decision (50 ms on the 10,000-position book)
    totals
        .outcomeProperty()
        .addListener((Observable replaced) -> show(totals.outcomeProperty().get()));
    show(totals.outcomeProperty().get());
  }

  BarChart<String, Number> chart() {
    return chart;
  }

  private void show(Outcome outcome) {
    chart.getData().clear();
    if (outcome == null) {
      return;
    }
    XYChart.Series<String, Number> before = new XYChart.Series<>();
    before.setName("Before");
    XYChart.Series<String, Number> after = new XYChart.Series<>();
    after.setName("After");
    XYChart.Series<String, Number> target = new XYChart.Series<>();
    target.setName("Target");
    for (Outcome.LineChange line : outcome.lines()) {
      DriftRow either = line.either();
      if (either.depth() != 0) {
        continue;
      }
      String name = either.label();
      before.getData().add(new XYChart.Data<>(name, weight(line.before())));
      after.getData().add(new XYChart.Data<>(name, weight(line.after())));
      target.getData().add(new XYChart.Data<>(name, Formats.chartValue(either.targetWeight())));
    }
    chart.getData().add(before);
    chart.getData().add(after);
    chart.getData().add(target);
  }

  private static double weight(DriftRow row) {
    return Formats.chartValue(row == null ? null : row.currentWeight());
  }
}
