package dev.keel.ui.stress;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.keel.TestPortfolios;
import dev.keel.analytics.stress.ScenarioSets;
import dev.keel.ui.KeelApp;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import dev.keel.ui.proposal.ProposalViewModel;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The stress view, shown on the Binance margin sample. */
@ExtendWith(ApplicationExtension.class)
class StressViewTest {
  private static final String WORST = "crash -66 %, vol up";

  private DocumentViewModel document;
  private ProposalViewModel proposal;
  private StressViewModel viewModel;

  @Start
  void start(Stage stage) {
    ImmediateTaskRunner runner = new ImmediateTaskRunner();
    document = new DocumentViewModel(runner, new FakePrompts());
    proposal = new ProposalViewModel(document, runner);
    viewModel = new StressViewModel(document, proposal, runner);
    document.open(TestPortfolios.MARGIN_BINANCE);
    StressView view = new StressView(viewModel);
    // the theme's colours, which keel.css looks up
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    Scene scene = new Scene(view.root(), 1440, 900);
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

  /** The drawn heat cell of {@code scenario} under {@code group} (an account or "Book"). */
  private static HeatCell cell(FxRobot robot, String scenario, String group, String side) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#stress-scenarios").lookup(".table-cell").queryAll().stream()
        .filter(HeatCell.class::isInstance)
        .map(HeatCell.class::cast)
        .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() != null)
        .filter(c -> c.getTableRow().getItem().name().equals(scenario))
        .filter(c -> side.equals(c.getTableColumn().getText()))
        .filter(c -> group.equals(c.getTableColumn().getParentColumn().getText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + side + " cell of " + group));
  }

  private static List<String> titles(List<? extends TableColumnBase<?, ?>> columns) {
    return columns.stream().map(TableColumnBase::getText).toList();
  }

  @Test
  void theTables_haveTheAccountsAsColumns_beforeAndAfterSideBySide(FxRobot robot) {
    TableView<AccountSummaryRow> accounts = table(robot, "stress-accounts");
    assertThat(titles(accounts.getColumns()))
        .containsExactly("Account", "Mode", "Before the proposal", "After the proposal");
    assertThat(titles(accounts.getColumns().get(2).getColumns()))
        .containsExactly("Equity", "Margin ratio", "Worst scenario", "Worst P&L", "Liquidated in");
    TableView<ScenarioRow> heat = table(robot, "stress-scenarios");
    assertThat(titles(heat.getColumns()))
        .containsExactly("Scenario", "Weight", "Book", "binance", "binance-isolated");
    for (TableColumn<ScenarioRow, ?> account : heat.getColumns().subList(2, 5)) {
      assertThat(titles(account.getColumns())).containsExactly("Before", "After");
      assertThat(account.getColumns().get(1).isVisible()).as("no trade approved").isFalse();
    }
    assertThat(heat.getItems().get(0).name()).as("the worst first").isEqualTo(WORST);
    assertThat(robot.lookup("#stress-after-note").queryAs(Label.class).getText())
        .startsWith("Before the proposal only");
  }

  @Test
  void theCells_showTheirFigures_LIQ_andAreShadedByTheirBand(FxRobot robot) {
    HeatCell cross = cell(robot, WORST, "binance", "Before");
    assertThat(cross.getText()).isEqualTo("-271983.49 · LIQ");
    assertThat(CssStates.has(cross, StressView.LIQUIDATED)).isTrue();
    assertThat(CssStates.has(cross, StressView.band(LossBand.SEVERE))).isTrue();
    assertThat(cross.getTooltip().getText())
        .startsWith("binance: P&L -271983.49 (-1128.8% of equity)")
        .contains("liquidated");

    HeatCell isolated = cell(robot, WORST, "binance-isolated", "Before");
    assertThat(isolated.getText()).isEqualTo("10300.95 · 0.23%");
    assertThat(CssStates.has(isolated, StressView.LIQUIDATED)).isFalse();
    assertThat(CssStates.has(isolated, StressView.band(LossBand.GAIN))).isTrue();
    assertThat(CssStates.has(isolated, StressView.band(LossBand.SEVERE))).isFalse();

    HeatCell book = cell(robot, WORST, "Book", "Before");
    assertThat(book.getText()).isEqualTo("-261682.54 · 1 LIQ");

    HeatCell flat = cell(robot, "span 1: price unchanged, vol up", "binance", "Before");
    assertThat(flat.getText()).isEqualTo("0.00 · 15.25%");
    assertThat(CssStates.has(flat, StressView.band(LossBand.FLAT))).isTrue();
    assertThat(CssStates.has(flat, StressView.LIQUIDATED)).isFalse();
  }

  @Test
  void aScenarioTyped_isRunOnEnter_andOneNamingWhatTheBookDoesNotHold_isRefusedInline(
      FxRobot robot) {
    TextField field = robot.lookup("#stress-scenario").queryAs(TextField.class);
    Label error = robot.lookup("#stress-scenario-error").queryAs(Label.class);
    assertThat(error.isVisible()).isFalse();

    robot.clickOn(field).write("DOGE=-50%").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(error.isVisible()).isTrue();
    assertThat(error.getText()).startsWith("⚠ scenario \"DOGE=-50%\": DOGE is neither");
    assertThat(CssStates.has(field, StressView.INVALID)).isTrue();

    robot.interact(field::clear);
    robot.clickOn(field).write("crypto=-5%").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(error.isVisible()).isFalse();
    assertThat(CssStates.has(field, StressView.INVALID)).isFalse();
    assertThat(viewModel.scenarios()).anyMatch(r -> r.name().equals("crypto=-5%"));
  }

  @Test
  void approvedTrades_showTheAfterColumns_besideTheBefore(FxRobot robot) {
    robot.interact(proposal::approveAll);
    WaitForAsyncUtils.waitForFxEvents();

    TableView<ScenarioRow> heat = table(robot, "stress-scenarios");
    assertThat(heat.getColumns().get(3).getColumns().get(1).isVisible()).isTrue();
    assertThat(table(robot, "stress-accounts").getColumns().get(3).isVisible()).isTrue();
    HeatCell after = cell(robot, heat.getItems().get(0).name(), "binance", "After");
    assertThat(after.getText())
        .isEqualTo(heat.getItems().get(0).account(0, true).text())
        .matches("-?\\d+\\.\\d\\d( · (LIQ|\\d+\\.\\d\\d%))?");
    assertThat(robot.lookup("#stress-after-note").queryAs(Label.class).getText())
        .startsWith("After the proposal's approved trades (6 of 6), its cash flows settled: ");
  }

  @Test
  void figuresBeingWorkedOutAgain_areDimmedAndMarked(FxRobot robot) {
    robot.interact(
        () -> {
          viewModel.shownProperty().set(false);
          viewModel.setChosenProperty(ScenarioSets.TIMS).set(true);
        });
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(CssStates.has(table(robot, "stress-scenarios"), StressView.STALE)).isTrue();
    assertThat(robot.lookup("#stress-stale").queryAs(Label.class).isVisible()).isTrue();

    robot.interact(() -> viewModel.shownProperty().set(true));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(CssStates.has(table(robot, "stress-scenarios"), StressView.STALE)).isFalse();
    assertThat(robot.lookup("#stress-stale").queryAs(Label.class).isVisible()).isFalse();
    assertThat(table(robot, "stress-scenarios").getItems()).hasSize(34);
  }
}
