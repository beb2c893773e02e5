package dev.keel.ui.holdings;

import dev.keel.engine.DriftReport;
import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.ui.common.Formats;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;

/**
 * Two charts beside the holdings: current against target weight, and drift against the band, for
 * the top-level classes, or for the lines inside the class selected in the table; a class of many
 * lines shows those that drifted most and one bar for the others ({@link ChartLines}).
 */
public final class AllocationCharts {
  private final BarChart<String, Number> weights = chart("%");
  private final BarChart<String, Number> drift = chart("pp");
  private final VBox root = new VBox(4, weights, drift);

  public AllocationCharts() {
    weights.setId("weights-chart");
    weights.setTitle("Current and target weight");
    drift.setId("drift-chart");
    drift.setTitle("Drift and band limit");
    root.getStyleClass().add("allocation-charts");
    root.setPrefWidth(360);
  }

  private static BarChart<String, Number> chart(String axisLabel) {
    NumberAxis values = new NumberAxis();
    values.setLabel(axisLabel);
    BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), values);
    chart.setAnimated(false);
    chart.setLegendVisible(true);
    chart.setCategoryGap(12);
    chart.setBarGap(2);
    return chart;
  }

  public Parent root() {
    return root;
  }

  /** Shows the lines directly inside {@code classId}, or the top level when it is null. */
  public void show(DriftReport report, String classId) {
    weights.getData().clear();
    drift.getData().clear();
    if (report == null) {
      return;
    }
    List<DriftRow> lines =
        report.rows().stream()
            .filter(row -> row.targetWeight() != null || row.kind() != RowKind.CASH)
            .filter(row -> classId == null ? row.depth() == 0 : classId.equals(row.parent()))
            .toList();
    XYChart.Series<String, Number> current = new XYChart.Series<>();
    current.setName("Current");
    XYChart.Series<String, Number> target = new XYChart.Series<>();
    target.setName("Target");
    XYChart.Series<String, Number> drifts = new XYChart.Series<>();
    drifts.setName("Drift");
    XYChart.Series<String, Number> bands = new XYChart.Series<>();
    bands.setName("Band");
    for (ChartLines.Bar bar : ChartLines.of(lines)) {
      current.getData().add(new XYChart.Data<>(bar.name(), Formats.chartValue(bar.current())));
      target.getData().add(new XYChart.Data<>(bar.name(), Formats.chartValue(bar.target())));
      drifts.getData().add(new XYChart.Data<>(bar.name(), Formats.chartValue(bar.drift())));
      if (bar.band() != null) {
        bands.getData().add(new XYChart.Data<>(bar.name(), Formats.chartValue(bar.band())));
      }
    }
    String shown =
        lines.size() > ChartLines.MOST
            ? "\nthe "
                + ChartLines.MOST
                + " largest drifts of "
                + lines.size()
                + ", the others summed"
            : "";
    weights.setTitle("Current and target weight" + shown);
    drift.setTitle("Drift and band limit" + shown);
    weights.getData().add(current);
    weights.getData().add(target);
    drift.getData().add(drifts);
    drift.getData().add(bands);
  }
}
