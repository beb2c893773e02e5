package dev.keel.ui.exposure;

import dev.keel.analytics.exposure.PnlProfile;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;

/**
 * The profit and loss profile of one underlying: the book's P&amp;L in the base currency across the
 * underlying's price, today and at the first expiry of a contract on it, a line at zero, and the
 * current price marked with its value. Draws a {@link PnlProfile}; works nothing out.
 */
final class ProfileChart {
  /** The style classes of the marker, its label and the zero line (keel.css). */
  static final String MARKER = "profile-marker";

  static final String MARKER_LABEL = "profile-marker-label";
  static final String ZERO = "profile-zero";

  /** The name of the series of today's P&amp;L. */
  static final String TODAY = "Today";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final NumberAxis prices = new NumberAxis();
  private final NumberAxis pnl = new NumberAxis();
  private final Marked chart = new Marked(prices, pnl);
  private final Label empty = new Label("Choose an underlying to see its profit and loss profile");
  private final StackPane root = new StackPane(chart, empty);

  ProfileChart() {
    chart.setId("exposure-profile");
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.setLegendVisible(true);
    chart.getStyleClass().add("profile-chart");
    prices.setForceZeroInRange(false);
    prices.setTickLabelFormatter(grouped());
    pnl.setTickLabelFormatter(grouped());
    root.getStyleClass().add("profile-pane");
    show(null, null);
  }

  Parent root() {
    return root;
  }

  /** The chart itself, for tests and for the view's state marks. */
  LineChart<Number, Number> chart() {
    return chart;
  }

  /** The vertical line at the current price. */
  Line marker() {
    return chart.marker;
  }

  /** The price marked, NaN when none. */
  double markedPrice() {
    return chart.at;
  }

  /**
   * Draws {@code profile}, its underlying's price in {@code priceCurrency}; clears the chart when
   * the profile is null.
   */
  void show(PnlProfile profile, String priceCurrency) {
    empty.setVisible(profile == null);
    chart.setVisible(profile != null);
    if (profile == null) {
      chart.getData().clear();
      chart.mark(Double.NaN, "");
      return;
    }
    List<XYChart.Series<Number, Number>> series = new ArrayList<>();
    XYChart.Series<Number, Number> today = new XYChart.Series<>();
    today.setName(TODAY);
    XYChart.Series<Number, Number> expiry = new XYChart.Series<>();
    for (PnlProfile.Point point : profile.points()) {
      today.getData().add(new XYChart.Data<>(point.price(), point.today()));
      if (point.atFirstExpiry() != null) {
        expiry.getData().add(new XYChart.Data<>(point.price(), point.atFirstExpiry()));
      }
    }
    series.add(today);
    if (profile.firstExpiry() != null) {
      expiry.setName(atFirstExpiry(profile));
      series.add(expiry);
    }
    List<PnlProfile.Point> points = profile.points();
    prices.setAutoRanging(false);
    double low = points.get(0).price();
    double high = points.get(points.size() - 1).price();
    // round bounds, so that the ticks fall on round prices
    double unit = tickUnit(high - low);
    prices.setLowerBound(Math.floor(low / unit) * unit);
    prices.setUpperBound(Math.ceil(high / unit) * unit);
    prices.setTickUnit(unit);
    String currency = priceCurrency == null ? "" : " (" + priceCurrency + ")";
    long range = Math.round(Math.abs(points.get(0).move()) * 100);
    prices.setLabel(profile.underlying() + " price" + currency + ", ±" + range + " % from now");
    pnl.setLabel("Book P&L (" + profile.currency() + ")");
    chart.getData().setAll(series);
    chart.mark(
        profile.price(),
        profile.underlying() + " now " + Figures.grouped(Figures.plain(profile.price())));
  }

  /** The name of the series at the first expiry: "At first expiry (2026-12-25)". */
  static String atFirstExpiry(PnlProfile profile) {
    return "At first expiry (" + DAY.format(profile.firstExpiry()) + ")";
  }

  /** A round tick unit giving about eight ticks over {@code span}. */
  static double tickUnit(double span) {
    double rough = span / 8;
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * power >= rough) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String number(double value) {
    return Math.abs(value) >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : Figures.written(Figures.significant(value));
  }

  private static StringConverter<Number> grouped() {
    return new StringConverter<>() {
      @Override
      public String toString(Number value) {
        return number(value.doubleValue());
      }

      @Override
      public Number fromString(String text) {
        throw new UnsupportedOperationException("the axis is not edited");
      }
    };
  }

  /** A line chart with a vertical marker at a price, its label, and a line at zero. */
  private static final class Marked extends LineChart<Number, Number> {
    private final Line marker = new Line();
    private final Label markerLabel = new Label();
    private final Line zero = new Line();
    private double at = Double.NaN;

    Marked(NumberAxis x, NumberAxis y) {
      super(x, y);
      marker.getStyleClass().add(MARKER);
      markerLabel.getStyleClass().add(MARKER_LABEL);
      zero.getStyleClass().add(ZERO);
      for (var node : List.of(marker, markerLabel, zero)) {
        node.setManaged(false);
      }
      getPlotChildren().addAll(zero, marker, markerLabel);
    }

    void mark(double price, String label) {
      at = price;
      markerLabel.setText(label);
      requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
      super.layoutPlotChildren();
      NumberAxis x = (NumberAxis) getXAxis();
      NumberAxis y = (NumberAxis) getYAxis();
      double top = y.getDisplayPosition(y.getUpperBound());
      double bottom = y.getDisplayPosition(y.getLowerBound());
      double left = x.getDisplayPosition(x.getLowerBound());
      double right = x.getDisplayPosition(x.getUpperBound());
      boolean marked = Double.isFinite(at);
      marker.setVisible(marked);
      markerLabel.setVisible(marked);
      if (marked) {
        double position = x.getDisplayPosition(at);
        marker.setStartX(position);
        marker.setEndX(position);
        marker.setStartY(top);
        marker.setEndY(bottom);
        markerLabel.resize(markerLabel.prefWidth(-1), markerLabel.prefHeight(-1));
        // beside the line, on whichever side has room
        double labelX =
            position + 4 + markerLabel.getWidth() <= right
                ? position + 4
                : position - 4 - markerLabel.getWidth();
        markerLabel.relocate(labelX, top + 2);
      }
      boolean zeroShown = y.getLowerBound() <= 0 && y.getUpperBound() >= 0;
      zero.setVisible(zeroShown);
      if (zeroShown) {
        double level = y.getDisplayPosition(0);
        zero.setStartX(left);
        zero.setEndX(right);
        zero.setStartY(level);
        zero.setEndY(level);
      }
      marker.toFront();
      markerLabel.toFront();
    }
  }
}
