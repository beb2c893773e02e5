package dev.keel.ui.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.DriftRow;
import dev.keel.ui.KeelApp;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The holdings view in a real (headless) window. */
@ExtendWith(ApplicationExtension.class)
class HoldingsViewTest {
  private HoldingsViewModel viewModel;
  private Scene scene;

  @Start
  void start(Stage stage) {
    viewModel = new HoldingsViewModel();
    viewModel.open(TestPortfolios.CRYPTO);
    scene = new Scene(new HoldingsView(viewModel).root(), 1100, 420);
    scene.getStylesheets().add(KeelApp.class.getResource("keel.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void table_showsEveryLineWithBreachedRowsMarked(FxRobot robot) {
    TableView<DriftRow> table = robot.lookup("#drift-table").queryTableView();
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(table.getItems()).hasSize(8);
    Set<String> breachedKeys =
        robot.lookup(".table-row-cell." + HoldingsView.BREACHED).queryAllAs(TableRow.class).stream()
            .map(row -> ((DriftRow) row.getItem()).key())
            .collect(Collectors.toSet());
    assertThat(breachedKeys).containsExactlyInAnyOrder("core", "BTC", "ETH", "stable", "USDC");
    // colour is not the only signal: the state column says it in words
    assertThat(robot.lookup("▲ over band").tryQuery()).isPresent();
    assertThat(robot.lookup("▼ under band").tryQuery()).isPresent();
  }

  @Test
  void statusBar_saysWhatWasOpened(FxRobot robot) {
    Label status = robot.lookup("#status").queryAs(Label.class);

    assertThat(status.getText()).startsWith("Opened crypto-spot.json: 4 positions");
  }

  @Test
  void openingABadFile_listsItsProblemsAndKeepsTheTable(FxRobot robot) {
    robot.interact(
        () -> viewModel.open(TestPortfolios.SAMPLES.resolve("bad/targets-not-100.json")));

    Node pane = robot.lookup("." + HoldingsView.PROBLEMS).query();
    ListView<?> problems = robot.lookup("#problems").queryAs(ListView.class);
    assertThat(pane.isVisible()).isTrue();
    assertThat(problems.getItems())
        .extracting(Object::toString)
        .allSatisfy(line -> assertThat(line).contains("targets-not-100.json:"))
        .hasSize(2);
    assertThat(robot.lookup("#drift-table").queryTableView().getItems()).hasSize(8);

    robot.interact(() -> viewModel.open(TestPortfolios.STOCKS));
    assertThat(pane.isVisible()).isFalse();
    assertThat(problems.getItems()).isEmpty();
  }
}
