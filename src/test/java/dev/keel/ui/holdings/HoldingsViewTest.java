package dev.keel.ui.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.model.Restriction;
import dev.keel.ui.KeelApp;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The holdings tree, shown. */
@ExtendWith(ApplicationExtension.class)
class HoldingsViewTest {
  private DocumentViewModel document;
  private HoldingsViewModel viewModel;

  @Start
  void start(Stage stage) {
    ImmediateTaskRunner runner = new ImmediateTaskRunner();
    document = new DocumentViewModel(runner, new FakePrompts());
    viewModel = new HoldingsViewModel(document, runner);
    document.open(TestPortfolios.STOCKS);
    Scene scene = new Scene(new HoldingsView(viewModel, document).root(), 1200, 520);
    scene.getStylesheets().add(KeelApp.class.getResource("keel.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
    // The headless screen does not clip: a window reaching past its edge fails to draw.
    stage.setX(0);
    stage.setY(0);
  }

  @SuppressWarnings("unchecked")
  private TreeTableView<HoldingsLine> table(FxRobot robot) {
    return robot.lookup("#drift-table").queryAs(TreeTableView.class);
  }

  private static List<String> keys(TreeItem<HoldingsLine> item) {
    return item.getChildren().stream()
        .map(
            child ->
                child.getValue().isAccountPart()
                    ? "in " + child.getValue().holding().account()
                    : child.getValue().row().key())
        .toList();
  }

  @Test
  void tree_groupsByClass_andSplitsAnInstrumentHeldInTwoAccounts(FxRobot robot) {
    TreeItem<HoldingsLine> root = table(robot).getRoot();

    assertThat(keys(root)).containsExactly("equity", "income", "USD");
    TreeItem<HoldingsLine> index = root.getChildren().get(0).getChildren().get(0);
    assertThat(index.getValue().row().key()).isEqualTo("index");
    TreeItem<HoldingsLine> spy = index.getChildren().get(0);
    assertThat(keys(spy)).containsExactly("in ira", "in taxable");
  }

  @Test
  void breachedRowsAreMarked_andSaySoInWords(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    Set<String> breached =
        robot.lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
            .filter(row -> CssStates.has(row, HoldingsView.BREACHED))
            .map(row -> ((HoldingsLine) row.getItem()).row().key())
            .collect(Collectors.toSet());

    // the rows drawn (the cash line may be below the fold) are exactly the breached ones
    assertThat(breached)
        .contains("SPY", "CPB")
        .isSubsetOf(
            viewModel.reportProperty().get().breached().stream().map(r -> r.key()).toList());
    assertThat(robot.lookup("▲ over band").tryQuery()).isPresent();
    assertThat(robot.lookup("▼ under band").tryQuery()).isPresent();
  }

  @Test
  void theSearchBox_filtersTheTree(FxRobot robot) {
    robot.clickOn("#search").write("MMC");
    WaitForAsyncUtils.waitForFxEvents();

    TreeItem<HoldingsLine> root = table(robot).getRoot();
    assertThat(keys(root)).containsExactly("equity");
    assertThat(viewModel.rows())
        .extracting(r -> r.key())
        .containsExactly("equity", "sectors", "financials", "MMC");
  }

  @Test
  void aSearch_opensTheClassesHoldingAMatch_andClearingItFoldsThemBack(FxRobot robot) {
    TreeTableView<HoldingsLine> table = table(robot);
    TreeItem<HoldingsLine> equity = table.getRoot().getChildren().get(0);
    TreeItem<HoldingsLine> income = table.getRoot().getChildren().get(1);
    robot.interact(
        () -> {
          equity.setExpanded(false);
          income.setExpanded(false);
        });

    robot.clickOn("#search").write("MMC");
    WaitForAsyncUtils.waitForFxEvents();
    TreeItem<HoldingsLine> mmc = find(table.getRoot(), "MMC");
    assertThat(table.getRow(mmc)).as("MMC shown").isNotNegative();
    for (TreeItem<HoldingsLine> above = mmc.getParent();
        above != table.getRoot();
        above = above.getParent()) {
      assertThat(above.isExpanded()).as(above.getValue().row().key()).isTrue();
    }

    robot.eraseText(3);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(keys(table.getRoot())).containsExactly("equity", "income", "USD");
    assertThat(table.getRoot().getChildren().subList(0, 2))
        .extracting(TreeItem::isExpanded)
        .as("equity and income folded as before the search")
        .containsExactly(false, false);
    assertThat(find(table.getRoot(), "sectors").isExpanded()).isTrue();
  }

  @Test
  void choosingAnAccountInAccountScope_showsItsOwnWeights_andSaysSo(FxRobot robot) {
    robot.interact(() -> document.open(TestPortfolios.DERIVATIVES));
    Label weightsOf = robot.lookup("#weights-of").queryAs(Label.class);
    assertThat(weightsOf.getText()).isEqualTo("Weights of the household");

    robot.clickOn("#account-filter").clickOn("deribit");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(weightsOf.getText()).isEqualTo("Weights of account deribit");
    TreeItem<HoldingsLine> btc = find(table(robot).getRoot(), "BTC");
    // the account's own exposure weight, its short perpetual counted (80.5 % on value)
    assertThat(cellText(robot, btc, "Current")).isEqualTo("47.45 %");
    assertThat(cellText(robot, btc, "Target")).isEqualTo("66.50 %");
    assertThat(robot.lookup("#summary").queryAs(Label.class).getText())
        .startsWith("Account deribit: equity 134,539.75 USD");
  }

  @Test
  void aBookWithDerivatives_showsEachLinesExposureBesideItsValue(FxRobot robot) {
    TreeTableColumn<HoldingsLine, ?> exposure =
        table(robot).getColumns().stream()
            .filter(c -> c.getText().equals("Exposure"))
            .findFirst()
            .orElseThrow();
    assertThat(exposure.isVisible()).as("a book without derivatives").isFalse();

    robot.interact(() -> document.open(TestPortfolios.DERIVATIVES));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(exposure.isVisible()).isTrue();
    TreeItem<HoldingsLine> btc = find(table(robot).getRoot(), "BTC");
    // 1.2 BTC held, 0.5 sold short through the perpetual
    assertThat(cellText(robot, btc, "Value")).isEqualTo("109,500.00");
    assertThat(cellText(robot, btc, "Exposure")).isEqualTo("63,844.75");
  }

  @Test
  void theCashRow_listsEachAccountsBalances_andNamesALoan(FxRobot robot) {
    robot.interact(() -> document.open(TestPortfolios.DERIVATIVES));
    TreeItem<HoldingsLine> cash = find(table(robot).getRoot(), "USD");

    assertThat(cash.isExpanded()).as("open, since one balance is a loan").isTrue();
    assertThat(cash.getChildren())
        .extracting(
            item ->
                String.join(
                    " | ",
                    cellText(robot, item, "Holding"),
                    cellText(robot, item, "Quantity"),
                    cellText(robot, item, "State")))
        .containsExactly(
            "in deribit  USD | 1,500.00 | ",
            "in ibkr-margin  EUR | -2,500.00 | loan (owed)",
            "in ibkr-margin  USD | 12,000.00 | ");
    TreeItem<HoldingsLine> loan = cash.getChildren().get(1);
    assertThat(cellText(robot, loan, "Value")).isEqualTo("-2,710.50");
    assertThat(cellText(robot, cash, "Value"))
        .as("the household's net cash")
        .isEqualTo("10,789.50");
    Set<Object> loanRows =
        robot.lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
            .filter(row -> CssStates.has(row, HoldingsView.LOAN))
            .map(TreeTableRow::getItem)
            .collect(Collectors.toSet());
    assertThat(loanRows).containsExactly(loan.getValue());
  }

  /** The text a column shows for a line, as its cell draws it. */
  private String cellText(FxRobot robot, TreeItem<HoldingsLine> item, String column) {
    TreeTableView<HoldingsLine> table = table(robot);
    robot.interact(() -> table.scrollTo(table.getRow(item)));
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(".tree-table-cell").queryAllAs(TreeTableCell.class).stream()
        .filter(cell -> column.equals(cell.getTableColumn().getText()))
        .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getTreeItem() == item)
        .map(cell -> cell.getText())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + column + " cell drawn"));
  }

  private static TreeItem<HoldingsLine> find(TreeItem<HoldingsLine> item, String key) {
    for (TreeItem<HoldingsLine> child : item.getChildren()) {
      if (!child.getValue().isAccountPart() && child.getValue().row().key().equals(key)) {
        return child;
      }
      TreeItem<HoldingsLine> below = find(child, key);
      if (below != null) {
        return below;
      }
    }
    return null;
  }

  @Test
  void openingABadFile_listsItsProblemsAndKeepsTheTree(FxRobot robot) {
    robot.interact(() -> document.open(TestPortfolios.SAMPLES.resolve("bad/targets-not-100.json")));

    Node pane = robot.lookup("." + HoldingsView.PROBLEMS).query();
    ListView<?> problems = robot.lookup("#problems").queryAs(ListView.class);
    assertThat(pane.isVisible()).isTrue();
    assertThat(problems.getItems())
        .extracting(Object::toString)
        .allSatisfy(line -> assertThat(line).contains("targets-not-100.json:"))
        .hasSize(2);
    assertThat(keys(table(robot).getRoot())).containsExactly("equity", "income", "USD");

    robot.interact(() -> document.open(TestPortfolios.CRYPTO));
    assertThat(pane.isVisible()).isFalse();
    assertThat(problems.getItems()).isEmpty();
    // the account filter's choices were refilled: it must still show every account's lines
    assertThat(viewModel.accountProperty().get()).isEqualTo(HoldingsViewModel.ALL);
    assertThat(keys(table(robot).getRoot())).containsExactly("core", "alts", "stable", "USD");
    assertThat(robot.lookup("BTC  Bitcoin").tryQuery()).isPresent();
  }

  @Test
  void clickingAColumnHeader_sortsTheLinesInsideEachClass(FxRobot robot) {
    TreeItem<HoldingsLine> income = table(robot).getRoot().getChildren().get(1);
    assertThat(keys(income)).containsExactly("CPB", "MO");

    robot.clickOn("Value").clickOn("Value"); // ascending, then descending
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(keys(table(robot).getRoot())).containsExactly("equity", "income", "USD");
    assertThat(keys(table(robot).getRoot().getChildren().get(1))).containsExactly("MO", "CPB");
  }

  @Test
  void theProblemsOfAFileThatFailedToOpen_closeWithTheButtonOrEsc(FxRobot robot) {
    Path bad = Path.of("sample-portfolios", "bad", "bad-prices.json");
    robot.interact(() -> document.open(bad));
    javafx.scene.Node pane = robot.lookup("#problems").query().getParent();
    assertThat(pane.isVisible()).isTrue();

    robot.clickOn("#close-problems");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pane.isVisible()).isFalse();
    assertThat(document.problems()).isEmpty();

    robot.interact(() -> document.open(bad));
    robot
        .clickOn("#problems")
        .press(javafx.scene.input.KeyCode.ESCAPE)
        .release(javafx.scene.input.KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pane.isVisible()).isFalse();
    assertThat(document.portfolio().name()).as("the book open before stays").isNotNull();
  }

  @Test
  void aRefresh_keepsTheSortOrderAndTheSelectedLine(FxRobot robot) {
    TreeTableView<HoldingsLine> table = table(robot);
    var value =
        table.getColumns().stream().filter(c -> c.getText().equals("Value")).findFirst().get();
    TreeItem<HoldingsLine> index = table.getRoot().getChildren().get(0).getChildren().get(0);
    robot.interact(
        () -> {
          value.setSortType(javafx.scene.control.TreeTableColumn.SortType.DESCENDING);
          table.getSortOrder().setAll(List.of(value));
          table.getSelectionModel().select(index.getChildren().get(0));
        });
    List<String> order = keys(table.getRoot().getChildren().get(0));
    String selected = table.getSelectionModel().getSelectedItem().getValue().row().key();

    // an edit: the drift is worked out again and the tree built anew
    robot.interact(
        () -> {
          var row = viewModel.reportProperty().get().rows().get(1);
          viewModel.edits().editBand(row, "2");
        });
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(table.getRoot().getChildren().get(0)).isNotSameAs(index.getParent());
    assertThat(table.getSortOrder()).containsExactly(value);
    assertThat(keys(table.getRoot().getChildren().get(0))).isEqualTo(order);
    assertThat(table.getSelectionModel().getSelectedItem().getValue().row().key())
        .isEqualTo(selected);
  }

  @Test
  void aRestrictionChosenInItsRow_restrictsThatLineOnly_andTheComboBoxesAreReused(FxRobot robot) {
    Map<String, Restriction> before = Map.copyOf(document.portfolio().restrictions());
    List<ComboBox<String>> drawn = restrictionBoxes(robot);
    ComboBox<String> mo = restrictionBox(robot, "MO");

    robot.interact(() -> mo.setValue(Restriction.NO_BUY.label()));
    Map<String, Restriction> expected = new HashMap<>(before);
    expected.put("MO", Restriction.NO_BUY);
    assertThat(document.portfolio().restrictions()).isEqualTo(expected);

    // sorting twice shows other lines in the rows: each box is given its new line's value
    robot.clickOn("Value").clickOn("Value");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(document.portfolio().restrictions()).as("nothing else edited").isEqualTo(expected);
    assertThat(restrictionBox(robot, "MO").getValue()).isEqualTo(Restriction.NO_BUY.label());
    assertThat(restrictionBox(robot, "CPB").getValue())
        .isEqualTo(before.containsKey("CPB") ? before.get("CPB").label() : "—");
    // a box per cell, kept: not one made for every line at every update
    assertThat(restrictionBoxes(robot)).allMatch(box -> drawn.stream().anyMatch(b -> b == box));
  }

  @SuppressWarnings("unchecked")
  private static List<ComboBox<String>> restrictionBoxes(FxRobot robot) {
    return robot.lookup(".combo-box").queryAllAs(ComboBox.class).stream()
        .filter(box -> box.getAccessibleText() != null)
        .filter(box -> box.getAccessibleText().startsWith("Restriction of "))
        .filter(box -> box.getParent() != null && box.isVisible())
        .map(box -> (ComboBox<String>) box)
        .toList();
  }

  private static ComboBox<String> restrictionBox(FxRobot robot, String key) {
    return restrictionBoxes(robot).stream()
        .filter(box -> box.getAccessibleText().equals("Restriction of " + key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no restriction box drawn for " + key));
  }
}
