package dev.keel.ui.margin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.model.Portfolio;
import dev.keel.model.market.Price;
import dev.keel.ui.KeelApp;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The margin view, shown on the Binance margin sample. */
@ExtendWith(ApplicationExtension.class)
class MarginViewTest {
  private DocumentViewModel document;
  private MarginViewModel viewModel;

  @Start
  void start(Stage stage) {
    ImmediateTaskRunner runner = new ImmediateTaskRunner();
    document = new DocumentViewModel(runner, new FakePrompts());
    viewModel = new MarginViewModel(document, runner);
    document.open(TestPortfolios.MARGIN_BINANCE);
    MarginView view = new MarginView(viewModel);
    Scene scene = new Scene(view.root(), 1440, 800);
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

  /** The drawn row of the accounts table showing {@code account}. */
  private static TableRow<?> accountRow(FxRobot robot, String account) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot
        .lookup("#margin-accounts")
        .lookup(".table-row-cell")
        .queryAllAs(TableRow.class)
        .stream()
        .filter(r -> r.getItem() instanceof AccountRow a && a.figures().account().equals(account))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + account));
  }

  @Test
  void theTables_haveTheColumnsOfKeelMargin_theLiquidationPriceBesideTheMark(FxRobot robot) {
    assertThat(table(robot, "margin-accounts").getColumns())
        .extracting(TableColumn::getText)
        .containsExactly(
            "Account",
            "Mode",
            "Wallet",
            "Unrealised",
            "Margin balance",
            "Initial",
            "Maintenance",
            "Margin ratio",
            "Leverage",
            "Free",
            "Shock to liq.");
    assertThat(table(robot, "margin-positions").getColumns())
        .extracting(TableColumn::getText)
        .containsExactly(
            "Account",
            "Symbol",
            "Quantity",
            "Entry",
            "Mark",
            "Liquidation",
            "Notional",
            "Initial",
            "Maintenance");
    assertThat(table(robot, "margin-accounts").getItems()).hasSize(2);
    assertThat(CssStates.has(accountRow(robot, "binance"), MarginView.AT_LIQUIDATION)).isFalse();
  }

  @Test
  void anAccountPastLiquidation_isTintedAndMarkedInWords_andWarnedOf(FxRobot robot) {
    robot.interact(() -> document.edit(withBtcAt(document.portfolio(), "70000"), "BTC at 70000"));

    TableRow<?> row = accountRow(robot, "binance");
    assertThat(CssStates.has(row, MarginView.AT_LIQUIDATION)).isTrue();
    assertThat(
            row.getChildrenUnmodifiable().stream()
                .filter(javafx.scene.control.TableCell.class::isInstance)
                .map(c -> ((javafx.scene.control.TableCell<?, ?>) c).getText())
                .toList())
        .contains("binance  " + MarginTexts.AT_LIQUIDATION);
    Label warnings = robot.lookup("#margin-warnings").queryAs(Label.class);
    assertThat(warnings.isVisible()).isTrue();
    assertThat(warnings.getText()).contains("binance: at or past liquidation");
  }

  @Test
  void figuresBeingWorkedOutAgain_areDimmedAndMarked(FxRobot robot) {
    robot.interact(
        () -> {
          viewModel.shownProperty().set(false);
          document.edit(withBtcAt(document.portfolio(), "80000"), "BTC at 80000");
        });
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(CssStates.has(table(robot, "margin-accounts"), MarginView.STALE)).isTrue();
    assertThat(robot.lookup("#margin-stale").queryAs(Label.class).isVisible()).isTrue();

    robot.interact(() -> viewModel.shownProperty().set(true));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(CssStates.has(table(robot, "margin-accounts"), MarginView.STALE)).isFalse();
    assertThat(robot.lookup("#margin-stale").queryAs(Label.class).isVisible()).isFalse();
  }

  private static Portfolio withBtcAt(Portfolio book, String price) {
    BigDecimal mark = new BigDecimal(price);
    return book.toBuilder()
        .market(
            book.market()
                .withPrice(new Price("BTC", mark, book.market().asOf()))
                .withPrice(new Price("BTCUSDT", mark, book.market().asOf())))
        .build();
  }
}
