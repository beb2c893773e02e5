package dev.keel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.ui.common.BackgroundTaskRunner;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.holdings.HoldingsLine;
import dev.keel.ui.holdings.HoldingsView;
import dev.keel.ui.proposal.RebalanceSettingsViewModel;
import dev.keel.ui.proposal.TradeRow;
import dev.keel.ui.stress.ScenarioRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window driven as a trader would: the loop from opening a book to exporting orders. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class MainWindowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path folder;

  private WorkstationViewModel viewModel;
  private MainWindow window;
  private Stage stage;
  private Path crypto;
  private Path prefs;

  @Start
  void start(Stage stage) throws Exception {
    Path run = Files.createTempDirectory(folder, "run");
    crypto = run.resolve("crypto-spot.json");
    Files.copy(TestPortfolios.CRYPTO, crypto);
    this.stage = stage;
    prefs = run.resolve("prefs.json");
    viewModel =
        new WorkstationViewModel(new BackgroundTaskRunner(), new WindowPrompts(() -> stage), prefs);
    window = new MainWindow(viewModel, CLOCK);
    Scene scene = new Scene(window.root(), 1440, 900);
    scene.getStylesheets().add(KeelApp.class.getResource("keel.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
    // The headless screen does not clip: a window reaching past its edge fails to draw.
    stage.setX(0);
    stage.setY(0);
    viewModel.start(List.of(crypto.toString()));
  }

  private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void waitForProposal() throws TimeoutException {
    waitUntil(
        () ->
            viewModel.proposal().reviewProperty().get() != null
                && !viewModel.proposal().staleProperty().get());
  }

  private static void fireMenuItem(FxRobot robot, String... path) {
    MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
    List<MenuItem> items = List.copyOf(bar.getMenus());
    MenuItem found = null;
    for (String text : path) {
      found = items.stream().filter(i -> text.equals(MenuTexts.shown(i))).findFirst().orElseThrow();
      items = found instanceof Menu menu ? List.copyOf(menu.getItems()) : List.of();
    }
    // fired without waiting for it to finish: it may open a dialog that waits for the user
    WaitForAsyncUtils.asyncFx(found::fire);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @SuppressWarnings("unchecked")
  private static TableRow<TradeRow> tradeRow(FxRobot robot, String id) {
    return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
        .filter(row -> row.getItem() instanceof TradeRow trade && trade.trade().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + id));
  }

  @SuppressWarnings("unchecked")
  private static Node tradeCell(FxRobot robot, String id, String columnId) {
    return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
        .filter(
            cell -> cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId()))
        .filter(
            cell ->
                cell.getTableRow() != null
                    && cell.getTableRow().getItem() instanceof TradeRow trade
                    && trade.trade().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + columnId + " cell for " + id));
  }

  @SuppressWarnings("unchecked")
  private static Node holdingCell(FxRobot robot, String key, String columnId) {
    return robot.lookup(".tree-table-cell").queryAllAs(TreeTableCell.class).stream()
        .filter(
            cell -> cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId()))
        .filter(
            cell ->
                cell.getTableRow() != null
                    && cell.getTableRow().getItem() instanceof HoldingsLine line
                    && !line.isAccountPart()
                    && line.row().key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + columnId + " cell for " + key));
  }

  /** Whether a drawn row of the table {@code id} shows all of {@code texts} in its cells. */
  private static boolean tableHasRow(FxRobot robot, String id, String... texts) {
    return rowTexts(robot, id).stream().anyMatch(cells -> cells.containsAll(List.of(texts)));
  }

  /** The texts of the cells of each drawn row of the table {@code id}, in the columns' order. */
  private static List<List<String>> rowTexts(FxRobot robot, String id) {
    return robot.lookup("#" + id).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
        .filter(row -> row.getItem() != null)
        .map(
            row ->
                row.getChildrenUnmodifiable().stream()
                    .filter(TableCell.class::isInstance)
                    .map(cell -> ((TableCell<?, ?>) cell).getText())
                    .toList())
        .toList();
  }

  private static String status(FxRobot robot) {
    return robot.lookup("#status").queryAs(Label.class).getText();
  }

  @Test
  void theWholeLoop_openRebalanceRejectResizeExport(FxRobot robot) throws Exception {
    waitForProposal();
    Set<Node> rows = robot.lookup(".tree-table-row-cell").queryAll();
    assertThat(rows).anyMatch(row -> CssStates.has(row, HoldingsView.BREACHED));

    robot.clickOn("#rebalance-button");
    waitForProposal();
    assertThat(viewModel.proposal().rows()).hasSize(4);

    robot.clickOn("#approve-all");
    robot.clickOn(robot.from(tradeRow(robot, "T2")).lookup(".check-box").queryAs(CheckBox.class));
    waitUntil(() -> viewModel.proposal().rows().get(1).decision() == Decision.REJECTED);

    robot.doubleClickOn(tradeCell(robot, "T3", "quantity-column"));
    robot.write("1").type(KeyCode.ENTER);
    waitUntil(
        () ->
            viewModel
                    .proposal()
                    .rows()
                    .get(2)
                    .trade()
                    .quantity()
                    .compareTo(java.math.BigDecimal.ONE)
                == 0);
    Label totals = robot.lookup("#totals").queryAs(Label.class);
    waitUntil(() -> totals.getText().startsWith("3 approved")); // worked out off the FX thread

    robot.clickOn("#export-orders-button");
    // the dialog lists the files it will write: the kraken account's orders as one CCXT list
    assertThat(robot.lookup("#export-files").queryTableView().getItems())
        .singleElement()
        .hasToString(
            new dev.keel.ui.export.ExportViewModel.FileRow(
                    "crypto-spot.orders.json", "Kraken", "ccxt", 3, false)
                .toString());
    // the folder is looked at on the files lane first: until then, Export waits
    waitUntil(() -> !robot.lookup("#export-button").queryButton().isDisabled());
    robot.clickOn("#export-button");
    Path orders = crypto.resolveSibling("crypto-spot.orders.json");
    // written on the files lane; the dialog closes when the result is back
    waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isEmpty());
    assertThat(orders).exists();

    JsonNode list = new ObjectMapper().readTree(orders.toFile()).get("orders");
    List<String> ids = new java.util.ArrayList<>();
    list.forEach(o -> ids.add(o.get("params").get("clientOrderId").asText().replaceAll(".*-", "")));
    assertThat(ids).containsExactly("T1", "T3", "T4");
    assertThat(list.get(1).get("amount").asText()).isEqualTo("1");
    assertThat(list.get(1).get("symbol").asText()).isEqualTo("ETH/USD");
    waitUntil(() -> status(robot).startsWith("Wrote 3 orders to " + orders));
    assertThat(dev.keel.io.prefs.WorkstationPrefs.load(prefs).lastExportFolder())
        .isEqualTo(crypto.getParent().toString()); // suggested first by the next export
  }

  @Test
  void theExportDialog_suggestsTheFolderOfTheLastExport_whenItIsStillThere(FxRobot robot)
      throws Exception {
    waitForProposal();
    robot.clickOn("#approve-all");
    Path last = Files.createTempDirectory(folder, "last-export");
    robot.interact(() -> viewModel.rememberExportFolder(last));

    robot.clickOn("#export-orders-button");
    TextField destination = robot.lookup("#export-destination").queryAs(TextField.class);
    waitUntil(() -> !robot.lookup("#export-button").queryButton().isDisabled());

    assertThat(destination.getText()).isEqualTo(last.toString());
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();

    Files.delete(last); // gone: the portfolio's folder instead
    robot.clickOn("#export-orders-button");
    destination = robot.lookup("#export-destination").queryAs(TextField.class);
    waitUntil(() -> !robot.lookup("#export-button").queryButton().isDisabled());

    assertThat(destination.getText()).isEqualTo(crypto.getParent().toString());
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aRefusedQuantity_isShownOnItsRow(FxRobot robot) throws Exception {
    waitForProposal();

    robot.doubleClickOn(tradeCell(robot, "T1", "quantity-column"));
    robot.write("5000").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    TradeRow t1 = viewModel.proposal().rows().get(0);
    assertThat(t1.quantityError()).isNotEmpty();
    assertThat(robot.lookup(t1.trade().quantity().toPlainString() + "  ⚠").tryQuery()).isPresent();
  }

  @Test
  void editATarget_thenUndoAndRedo(FxRobot robot) throws Exception {
    waitForProposal();

    robot.doubleClickOn(holdingCell(robot, "BTC", "weight-column"));
    robot.write("5x"); // the field starts as "60 %", all selected: typing replaces it
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.TextField field =
        robot
            .lookup(".text-field")
            .match(node -> CssStates.has(node, HoldingsView.INVALID))
            .queryAs(javafx.scene.control.TextField.class);
    assertThat(field.getTooltip().getText())
        .isEqualTo("'5x' is not a percentage: type a number such as 12.5");
    robot.type(KeyCode.BACK_SPACE).write("5");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(CssStates.has(field, HoldingsView.INVALID)).isFalse();
    robot.type(KeyCode.ENTER);
    waitUntil(() -> viewModel.document().dirtyProperty().get());
    Label check = robot.lookup("#target-check").queryAs(Label.class);
    assertThat(check.getText())
        .isEqualTo("Targets do not add up: Core coins has 5.00 % left to assign");
    assertThat(viewModel.document().titleProperty().get()).isEqualTo("*crypto-spot.json - Keel");

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    waitUntil(() -> !viewModel.document().dirtyProperty().get());
    assertThat(check.isVisible()).isFalse();
    assertThat(status(robot)).isEqualTo("Undone: target of BTC set to 55 %");

    robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
    waitUntil(() -> viewModel.document().dirtyProperty().get());
    assertThat(viewModel.document().portfolio().targets().instrumentWeight("BTC"))
        .contains(new java.math.BigDecimal("0.55"));
  }

  @Test
  void unsavedEdits_areAskedAbout_beforeAnotherFileOpens(FxRobot robot) throws Exception {
    waitForProposal();
    robot.interact(
        () ->
            viewModel
                .holdings()
                .edits()
                .editWeight(viewModel.holdings().reportProperty().get().rows().get(1), "55"));

    fireMenuItem(robot, "File", "Open sample", "2 stocks-two-accounts.json");
    waitUntil(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(viewModel.document().nameProperty().get()).isEqualTo("crypto-spot.json");
    assertThat(viewModel.document().dirtyProperty().get()).isTrue();

    fireMenuItem(robot, "File", "Open sample", "2 stocks-two-accounts.json");
    waitUntil(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
    robot.clickOn("Don't save");
    waitUntil(() -> "stocks-two-accounts.json".equals(viewModel.document().nameProperty().get()));
    assertThat(viewModel.document().dirtyProperty().get()).isFalse();
  }

  @Test
  void openingABadFile_showsItsProblems_andKeepsTheBook(FxRobot robot) throws Exception {
    waitForProposal();

    robot.interact(
        () -> viewModel.document().open(TestPortfolios.SAMPLES.resolve("bad/unknown-field.json")));
    waitUntil(() -> !viewModel.document().problems().isEmpty());

    assertThat(robot.lookup("#problems").queryListView().getItems()).hasSize(2);
    assertThat(status(robot))
        .isEqualTo(
            "Could not open unknown-field.json: 2 problems; the current portfolio stays open");
    assertThat(viewModel.document().nameProperty().get()).isEqualTo("crypto-spot.json");
  }

  @Test
  void everySampleInTheMenu_opens(FxRobot robot) throws Exception {
    waitForProposal();
    for (int i = 0; i < MainWindow.SAMPLES.size(); i++) {
      String sample = MainWindow.SAMPLES.get(i);
      fireMenuItem(robot, "File", "Open sample", (i + 1) + " " + sample);
      waitUntil(() -> (sample + " - Keel").equals(viewModel.document().titleProperty().get()));
      assertThat(viewModel.document().problems()).isEmpty();
    }
  }

  @Test
  void aDepositOnOneBook_staysWithIt_andThePaneSaysSo(FxRobot robot) throws Exception {
    waitForProposal();
    var settings = viewModel.proposal().settings();
    robot.interact(
        () -> {
          settings.cashFlowProperty().set(RebalanceSettingsViewModel.CashFlow.DEPOSIT);
          settings.cashFlowAmountProperty().set("25000");
        });
    waitForProposal();
    Label note = robot.lookup("#book-settings-note").queryAs(Label.class);

    fireMenuItem(robot, "File", "Open sample", "2 stocks-two-accounts.json");
    waitUntil(() -> "stocks-two-accounts.json".equals(viewModel.document().nameProperty().get()));
    waitForProposal();
    assertThat(note.getText()).startsWith("Cash flow and mode reset for this book");
    assertThat(viewModel.proposal().reviewProperty().get().proposal().settings().cashFlow())
        .isZero();

    robot.interact(() -> viewModel.document().open(crypto));
    waitUntil(() -> "crypto-spot.json".equals(viewModel.document().nameProperty().get()));
    waitForProposal();
    assertThat(note.getText())
        .isEqualTo(
            "Settings of this book restored: deposit 25,000.00 USD into kraken-spot, mode buy"
                + " sell");
    assertThat(robot.lookup("#cash-flow-account").queryAs(ComboBox.class).getValue())
        .isEqualTo("kraken-spot");
    assertThat(robot.lookup("#cash-flow-amount").queryAs(TextField.class).getText())
        .isEqualTo("25000");
  }

  @Test
  void everyMenuAndMenuItem_hasAnAltMnemonicOfItsOwn_andExportShowsCtrlE(FxRobot robot)
      throws Exception {
    waitForProposal();
    waitUntil(() -> !viewModel.recentFiles().isEmpty()); // the recent files are listed too
    MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
    java.util.Map<KeyCombination, String> commands = new java.util.HashMap<>();
    List<MenuItem> exports = new java.util.ArrayList<>();
    java.util.ArrayDeque<List<? extends MenuItem>> menus = new java.util.ArrayDeque<>();
    menus.add(bar.getMenus());
    while (!menus.isEmpty()) {
      List<? extends MenuItem> items =
          menus.remove().stream().filter(i -> !(i instanceof SeparatorMenuItem)).toList();
      assertThat(items).isNotEmpty();
      assertThat(items)
          .allSatisfy(
              item -> {
                assertThat(item.isMnemonicParsing()).as(item.getText()).isTrue();
                assertThat(MenuTexts.mnemonicAt(item.getText())).as(item.getText()).isPositive();
              });
      assertThat(items)
          .extracting(
              i -> Character.toLowerCase(i.getText().charAt(MenuTexts.mnemonicAt(i.getText()))))
          .as("mnemonics in one menu")
          .doesNotHaveDuplicates();
      for (MenuItem item : items) {
        if (item instanceof Menu menu) {
          menus.add(menu.getItems());
        }
        if (item.getAccelerator() != null) {
          String before = commands.putIfAbsent(item.getAccelerator(), MenuTexts.shown(item));
          assertThat(before)
              .as("only one command has " + item.getAccelerator().getDisplayText())
              .isIn(null, MenuTexts.shown(item));
        }
        if (MenuTexts.shown(item).equals("Export orders…")) {
          exports.add(item);
        }
      }
    }
    assertThat(exports)
        .hasSize(2) // in File and in Rebalance
        .allSatisfy(
            item ->
                assertThat(item.getAccelerator())
                    .isEqualTo(KeyCombination.keyCombination("Shortcut+E")));
  }

  @Test
  void ctrlE_opensTheExportDialog_once(FxRobot robot) throws Exception {
    waitForProposal();
    robot.clickOn("#approve-all");
    WaitForAsyncUtils.waitForFxEvents();

    robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#export-dialog").tryQuery())
        .as("one dialog, not one per menu")
        .isEmpty();
  }

  @Test
  void closingAMaximizedWindow_remembersThePlaceToRestore(FxRobot robot) throws Exception {
    waitForProposal();
    robot.interact(
        () -> {
          stage.setX(10);
          stage.setY(20);
          stage.setWidth(1000);
          stage.setHeight(700);
          stage.setMaximized(true);
        });

    boolean[] closed = new boolean[1];
    robot.interact(() -> closed[0] = window.mayClose());

    assertThat(closed[0]).isTrue();
    assertThat(dev.keel.io.prefs.WorkstationPrefs.load(prefs).window())
        .isEqualTo(new dev.keel.io.prefs.WorkstationPrefs.WindowBounds(10, 20, 1000, 700, true));
    robot.interact(() -> stage.setMaximized(false));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theBasisSwitch_weighsTheDerivativesBookByValueOrDelta_andIsUndone(FxRobot robot)
      throws Exception {
    ComboBox<dev.keel.model.ExposureBasis> basis =
        robot.lookup("#basis-switch").queryAs(ComboBox.class);
    waitUntil(() -> viewModel.holdings().reportProperty().get() != null);
    assertThat(basis.isVisible()).as("a spot book has no basis to switch").isFalse();

    Path derivatives = folder.resolve("derivatives-book.json");
    Files.copy(
        TestPortfolios.DERIVATIVES, derivatives, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    robot.interact(() -> viewModel.document().open(derivatives));
    waitUntil(() -> basis.isVisible());
    waitForProposal();
    assertThat(basis.getValue()).isEqualTo(dev.keel.model.ExposureBasis.DELTA);
    assertThat(viewModel.proposal().rows())
        .anyMatch(r -> r.trade().symbol().equals("BTC-PERPETUAL"));

    robot.clickOn(basis);
    robot.clickOn("Value weights");
    waitUntil(
        () ->
            viewModel.holdings().reportProperty().get().basis()
                == dev.keel.model.ExposureBasis.VALUE);
    waitForProposal();
    assertThat(viewModel.document().dirtyProperty().get()).isTrue();
    assertThat(viewModel.proposal().rows())
        .noneMatch(r -> r.trade().symbol().equals("BTC-PERPETUAL"));

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    waitUntil(() -> basis.getValue() == dev.keel.model.ExposureBasis.DELTA);
    assertThat(viewModel.holdings().reportProperty().get().basis())
        .isEqualTo(dev.keel.model.ExposureBasis.DELTA);
  }

  @Test
  void theHedgePanel_proposesAHedge_reviewedInTheProposal_andBackToRebalancing(FxRobot robot)
      throws Exception {
    Path derivatives = folder.resolve("derivatives-hedged.json");
    Files.copy(
        TestPortfolios.DERIVATIVES, derivatives, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    robot.interact(() -> viewModel.document().open(derivatives));
    waitForProposal();
    robot.interact(() -> viewModel.workspace().bringForward(dev.keel.ui.workspace.ViewId.EXPOSURE));
    waitUntil(() -> robot.lookup("#propose-hedge").tryQuery().isPresent());
    TextField delta = robot.lookup("#hedge-delta").queryAs(TextField.class);

    robot.interact(() -> viewModel.workspace().bringForward(dev.keel.ui.workspace.ViewId.MARGIN));
    robot.doubleClickOn(delta).write("0.2");
    robot.clickOn("#propose-hedge");
    waitForProposal();

    assertThat(window.workspaceTab(dev.keel.ui.workspace.ViewId.PROPOSAL).isSelected()).isTrue();
    assertThat(robot.lookup("#hedge-asked").queryAs(Label.class).getText())
        .isEqualTo("Hedge proposal: hedge BTC delta 0.2 via BTC-PERPETUAL");
    assertThat(viewModel.proposal().rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.trade().symbol()).isEqualTo("BTC-PERPETUAL");
              assertThat(row.trade().reasonText())
                  .contains("BTC net delta")
                  .contains("target +0.2000");
            });

    robot.clickOn("#back-to-rebalancing");
    waitForProposal();
    assertThat(viewModel.proposal().hedgeProperty().get()).isNull();
    assertThat(robot.lookup("#hedge-asked").queryAs(Label.class).getParent().isVisible()).isFalse();
    assertThat(viewModel.proposal().rows()).anyMatch(r -> r.trade().symbol().equals("ESZ6"));
  }

  @Test
  void theMarginView_showsTheAccountsAndTheirContracts_ofAMarginBook(FxRobot robot)
      throws Exception {
    Path book = folder.resolve("margin-binance.json");
    Files.copy(
        TestPortfolios.MARGIN_BINANCE, book, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    robot.interact(() -> viewModel.document().open(book));
    robot.interact(() -> viewModel.workspace().bringForward(dev.keel.ui.workspace.ViewId.MARGIN));

    waitUntil(() -> tableHasRow(robot, "margin-accounts", "binance", "cross", "15.25%", "-4.05%"));
    waitUntil(() -> tableHasRow(robot, "margin-positions", "binance", "BTCUSDT", "85775.29"));
    assertThat(viewModel.margin().shownProperty().get()).isTrue();
    assertThat(viewModel.margin().staleProperty().get()).isFalse();
    List<String> btc =
        rowTexts(robot, "margin-positions").stream()
            .filter(cells -> cells.containsAll(List.of("binance", "BTCUSDT")))
            .findFirst()
            .orElseThrow();
    assertThat(btc.indexOf("85775.29")).as("beside the mark").isEqualTo(btc.indexOf("91290.4") + 1);
    // the isolated account's contract is the last row: scrolled to, in case the area is short
    javafx.scene.control.TableView<?> contracts =
        robot.lookup("#margin-positions").queryAs(javafx.scene.control.TableView.class);
    robot.interact(() -> contracts.scrollTo(contracts.getItems().size() - 1));
    waitUntil(
        () -> tableHasRow(robot, "margin-positions", "binance-isolated", "ETHUSDT", "3381.023"));
    assertThat(robot.lookup("#margin-warnings").tryQuery()).isPresent();
    assertThat(robot.lookup("#placeholder-margin").tryQuery()).isEmpty();
  }

  @Test
  void theStressView_showsTheScenariosWorstFirst_andRunsAScenarioTyped(FxRobot robot)
      throws Exception {
    Path book = folder.resolve("margin-binance-stress.json");
    Files.copy(
        TestPortfolios.MARGIN_BINANCE, book, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    robot.interact(() -> viewModel.document().open(book));
    waitForProposal();
    robot.interact(() -> viewModel.workspace().bringForward(dev.keel.ui.workspace.ViewId.STRESS));

    waitUntil(
        () ->
            tableHasRow(
                robot, "stress-scenarios", "crash -66 %, vol up", "100%", "-271983.49 · LIQ"));
    assertThat(viewModel.stress().shownProperty().get()).isTrue();
    @SuppressWarnings("unchecked")
    javafx.scene.control.TableView<ScenarioRow> heat =
        robot.lookup("#stress-scenarios").queryAs(javafx.scene.control.TableView.class);
    assertThat(heat.getItems().get(0).name())
        .as("the worst first")
        .isEqualTo("crash -66 %, vol up");
    assertThat(tableHasRow(robot, "stress-accounts", "binance", "cross", "15.25%", "9 of 24"))
        .isTrue();
    assertThat(robot.lookup("#placeholder-stress").tryQuery()).isEmpty();

    TextField own = robot.lookup("#stress-scenario").queryAs(TextField.class);
    robot.clickOn(own).write("ETH=-20%,SHIB=-50%").type(KeyCode.ENTER);
    waitUntil(() -> robot.lookup("#stress-scenario-error").queryAs(Label.class).isVisible());
    assertThat(robot.lookup("#stress-scenario-error").queryAs(Label.class).getText())
        .startsWith("⚠ scenario \"ETH=-20%,SHIB=-50%\": SHIB is neither");

    robot.interact(own::clear);
    robot.clickOn(own).write("crypto=-5%").type(KeyCode.ENTER);
    waitUntil(() -> heat.getItems().stream().anyMatch(r -> r.name().equals("crypto=-5%")));
    robot.interact(
        () ->
            heat.scrollTo(
                heat.getItems().stream()
                    .filter(r -> r.name().equals("crypto=-5%"))
                    .findFirst()
                    .orElseThrow()));
    waitUntil(() -> tableHasRow(robot, "stress-scenarios", "crypto=-5%", "-20604.81 · LIQ"));
    assertThat(robot.lookup("#stress-scenario-error").queryAs(Label.class).isVisible()).isFalse();
  }
}
