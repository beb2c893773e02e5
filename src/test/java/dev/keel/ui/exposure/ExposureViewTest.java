package dev.keel.ui.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.analytics.exposure.BookExposure;
import dev.keel.analytics.exposure.ExpiryRung;
import dev.keel.analytics.exposure.ExposureCalculator;
import dev.keel.analytics.exposure.PnlProfile;
import dev.keel.analytics.exposure.PnlProfiles;
import dev.keel.analytics.exposure.PositionExposure;
import dev.keel.analytics.exposure.UnderlyingExposure;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.ui.KeelApp;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The exposure view, shown on the crypto derivatives sample. */
@ExtendWith(ApplicationExtension.class)
class ExposureViewTest {
  /** Half a pixel: where the marker is drawn against where the axis puts the price. */
  private static final double HALF_A_PIXEL = 0.5;

  private DocumentViewModel document;
  private ExposureViewModel viewModel;
  private ExposureView view;

  @Start
  void start(Stage stage) {
    ImmediateTaskRunner runner = new ImmediateTaskRunner();
    document = new DocumentViewModel(runner, new FakePrompts());
    viewModel = new ExposureViewModel(document, runner);
    document.open(TestPortfolios.CRYPTO_DERIVATIVES);
    view = new ExposureView(viewModel);
    Scene scene = new Scene(view.root(), 1600, 900);
    scene.getStylesheets().add(KeelApp.class.getResource("keel.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
    // The headless screen does not clip: a window reaching past its edge fails to draw.
    stage.setX(0);
    stage.setY(0);
  }

  @SuppressWarnings("unchecked")
  private static <T> TableView<T> table(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(TableView.class);
  }

  /** The drawn cell of {@code column} in the row showing {@code item}. */
  private static <T> TableCell<?, ?> cell(FxRobot robot, String table, T item, String column) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#" + table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
        .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getText()))
        .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() == item)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + column + " for " + item));
  }

  private static String text(FxRobot robot, String table, Object item, String column) {
    return cell(robot, table, item, column).getText();
  }

  private UnderlyingExposure underlying(String name) {
    return viewModel.underlyings().stream()
        .filter(u -> u.underlying().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private PositionExposure position(String symbol) {
    return viewModel.positions().stream()
        .filter(p -> p.symbol().equals(symbol))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theUnderlyings_showTheNetDeltaTheCalculatorWorksOut(FxRobot robot) {
    BookExposure expected = ExposureCalculator.DEFAULT.compute(document.portfolio());

    TableView<UnderlyingExposure> shown = table(robot, "exposure-underlyings");

    assertThat(shown.getItems())
        .extracting(UnderlyingExposure::underlying)
        .containsExactly("BTC", "USDT", "ETH");
    for (UnderlyingExposure u : expected.underlyings()) {
      String delta =
          String.format(
              java.util.Locale.ROOT,
              "%,.4f",
              BigDecimal.valueOf(u.delta()).setScale(4, RoundingMode.HALF_UP));
      assertThat(
              text(robot, "exposure-underlyings", underlying(u.underlying()), "Net delta\n(units)"))
          .as(u.underlying())
          .isEqualTo(delta);
    }
    assertThat(text(robot, "exposure-underlyings", underlying("BTC"), "Net delta\n(units)"))
        .isEqualTo("0.3456");
    assertThat(robot.lookup("#exposure-book").queryAs(Label.class).getText())
        .startsWith("Book equity 350,372.41 USD");
  }

  @Test
  void choosingAnUnderlying_filtersThePositionsAndTheLadder(FxRobot robot) {
    TableView<PositionExposure> positions = table(robot, "exposure-positions");
    assertThat(positions.getItems()).hasSize(9);

    robot.clickOn(cell(robot, "exposure-underlyings", underlying("ETH"), "Underlying"));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(viewModel.selectedProperty().get()).isEqualTo("ETH");
    assertThat(positions.getItems()).extracting(PositionExposure::symbol).containsExactly("ETH");
    assertThat(table(robot, "exposure-ladder").getItems()).isEmpty();

    robot.clickOn(cell(robot, "exposure-underlyings", underlying("BTC"), "Underlying"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(positions.getItems()).hasSize(7).allMatch(p -> p.root().equals("BTC"));
    assertThat(table(robot, "exposure-ladder").getItems()).hasSize(1);

    robot.clickOn("#exposure-show-all");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(positions.getItems()).hasSize(9);
    assertThat(table(robot, "exposure-underlyings").getSelectionModel().getSelectedItem()).isNull();
  }

  @Test
  void theChoice_survivesANewExposure_ofTheSameBook(FxRobot robot) {
    robot.clickOn(cell(robot, "exposure-underlyings", underlying("BTC"), "Underlying"));
    WaitForAsyncUtils.waitForFxEvents();

    robot.interact(() -> document.edit(ExposureBooks.withCallAboveItsBound(), "call at 1.5"));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(viewModel.selectedProperty().get()).isEqualTo("BTC");
    TableView<UnderlyingExposure> underlyings = table(robot, "exposure-underlyings");
    assertThat(underlyings.getSelectionModel().getSelectedItem().underlying()).isEqualTo("BTC");
    assertThat(table(robot, "exposure-positions").getItems()).hasSize(7);
  }

  @Test
  void anOptionWhosePriceImpliesNoVolatility_saysUndefined_andWhyInItsTooltip(FxRobot robot) {
    String call = ExposureBooks.CALL;
    assertThat(text(robot, "exposure-positions", position(call), "IV")).isEqualTo("39.92 %");

    robot.interact(() -> document.edit(ExposureBooks.withCallAboveItsBound(), "call at 1.5"));

    TableCell<?, ?> iv = cell(robot, "exposure-positions", position(call), "IV");
    assertThat(iv.getText()).isEqualTo(PositionTable.UNDEFINED);
    assertThat(iv.getTooltip().getText())
        .startsWith(
            "No implied volatility: the price 137715 is not below the option's highest possible"
                + " value")
        .endsWith("Valued with a volatility of 40.00 %.");
    // valued with the smile still: its Greeks are shown, one unit's in the tooltip
    TableCell<?, ?> delta = cell(robot, "exposure-positions", position(call), "Delta\n(units)");
    assertThat(delta.getText()).isNotEmpty();
    assertThat(delta.getTooltip().getText()).startsWith("One unit of BTC-25DEC26: delta ");
    assertThat(text(robot, "exposure-positions", position("BTC"), "IV")).isEmpty();
  }

  @Test
  void theLadder_groupsByExpiry_andMarksARungToRoll(FxRobot robot) {
    TableView<ExpiryRung> ladder = table(robot, "exposure-ladder");
    assertThat(ladder.getItems()).hasSize(1);
    assertThat(text(robot, "exposure-ladder", ladder.getItems().get(0), "Positions"))
        .isEqualTo("3");

    robot.interact(() -> document.edit(withPutExpiringSoon(), "put expires on the 24th"));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(ladder.getItems())
        .extracting(r -> r.expiry() + " " + r.positions().size())
        .containsExactly("2026-11-24 1", "2026-12-25 2");
    ExpiryRung soon = ladder.getItems().get(0);
    assertThat(text(robot, "exposure-ladder", soon, "Roll")).isEqualTo(LadderTable.ROLL_TEXT);
    assertThat(text(robot, "exposure-ladder", ladder.getItems().get(1), "Roll")).isEmpty();
    List<Node> rows =
        robot.lookup("#exposure-ladder").lookup(".table-row-cell").queryAll().stream().toList();
    assertThat(rows)
        .filteredOn(row -> ((TableRow<?>) row).getItem() == soon)
        .singleElement()
        .satisfies(row -> assertThat(CssStates.has(row, LadderTable.ROLL)).isTrue());
    assertThat(rows)
        .filteredOn(row -> ((TableRow<?>) row).getItem() != soon)
        .noneMatch(row -> CssStates.has(row, LadderTable.ROLL));
  }

  @Test
  void aSpotBook_isSaidToHoldNoDerivatives_andStillListsItsUnderlyings(FxRobot robot) {
    Label note = robot.lookup("#exposure-spot-note").queryAs(Label.class);
    assertThat(note.isVisible()).isFalse();

    robot.interact(() -> document.open(TestPortfolios.CRYPTO));

    assertThat(note.isVisible()).isTrue();
    assertThat(note.getText()).isEqualTo(ExposureView.SPOT_NOTE);
    TableView<UnderlyingExposure> underlyings = table(robot, "exposure-underlyings");
    assertThat(underlyings.getItems())
        .extracting(UnderlyingExposure::underlying)
        .contains("BTC", "ETH", "SOL", "USDC");
  }

  @Test
  void theChart_drawsTodayAndTheFirstExpiry_withTheCurrentPriceMarked(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    ProfileChart chart = view.profileChart();
    PnlProfile profile = viewModel.profileProperty().get();

    assertThat(profile.underlying()).isEqualTo("BTC");
    assertThat(chart.chart().getData())
        .extracting(XYChart.Series::getName)
        .containsExactly("Today", "At first expiry (2026-12-25)");
    for (XYChart.Series<Number, Number> series : chart.chart().getData()) {
      // 200 moves from -50 % to +50 %, and the current price between the middle two
      assertThat(series.getData()).as(series.getName()).hasSize(PnlProfiles.POINTS + 1);
    }
    XYChart.Series<Number, Number> today = chart.chart().getData().get(0);
    assertThat(today.getData().get(0).getXValue().doubleValue()).isEqualTo(91250 * 0.5);
    assertThat(today.getData().get(0).getYValue().doubleValue())
        .isEqualTo(profile.points().get(0).today());
    assertThat(chart.markedPrice()).isEqualTo(91250);
    assertMarkedAt(chart, 91250);
  }

  @Test
  void choosingASpotUnderlying_chartsItToday_only(FxRobot robot) {
    robot.clickOn(cell(robot, "exposure-underlyings", underlying("ETH"), "Underlying"));
    WaitForAsyncUtils.waitForFxEvents();

    ProfileChart chart = view.profileChart();
    assertThat(chart.chart().getData())
        .extracting(XYChart.Series::getName)
        .containsExactly("Today");
    // 12 ETH: the profile is the holding's value moving with the price
    XYChart.Data<Number, Number> last = chart.chart().getData().get(0).getData().get(200);
    assertThat(last.getXValue().doubleValue()).isEqualTo(3120 * 1.5);
    assertThat(last.getYValue().doubleValue()).isCloseTo(12 * 1560, within(1e-6));
    assertMarkedAt(chart, 3120);
  }

  /** The marker is a vertical line where the price axis puts {@code price}, inside the plot. */
  private static void assertMarkedAt(ProfileChart chart, double price) {
    NumberAxis prices = (NumberAxis) chart.chart().getXAxis();
    Line marker = chart.marker();
    assertThat(marker.isVisible()).isTrue();
    assertThat(marker.getStartX()).isEqualTo(marker.getEndX());
    assertThat(marker.getStartX())
        .isCloseTo(prices.getDisplayPosition(price), within(HALF_A_PIXEL))
        .isGreaterThan(prices.getDisplayPosition(prices.getLowerBound()))
        .isLessThan(prices.getDisplayPosition(prices.getUpperBound()));
    assertThat(marker.getEndY() - marker.getStartY()).isGreaterThan(100);
  }

  private Portfolio withPutExpiringSoon() {
    Portfolio sample = ExposureBooks.cryptoDerivatives();
    List<Instrument> instruments =
        sample.instruments().stream()
            .map(
                i ->
                    i.symbol().equals("BTC-25DEC26-85000-P")
                        ? new Instrument(
                            i.symbol(),
                            i.name(),
                            i.assetClass(),
                            i.type(),
                            i.quoteCurrency(),
                            i.lotStep(),
                            i.minQuantity(),
                            i.minNotional(),
                            i.priceTick(),
                            i.multiplier(),
                            i.terms().expiringAt(Instant.parse("2026-11-24T08:00:00Z")))
                        : i)
            .toList();
    return sample.toBuilder().instruments(instruments).build();
  }
}
