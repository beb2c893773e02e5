package dev.keel.ui.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.engine.rebalance.Side;
import dev.keel.ui.KeelApp;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.Formats;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The trades table driven from the keyboard (Space approves, Enter or F2 edits a quantity), and the
 * warnings and venue shown beside each trade.
 */
@ExtendWith(ApplicationExtension.class)
class TradesTableTest {
  private ProposalViewModel viewModel;
  private DocumentViewModel document;
  private TableView<TradeRow> table;

  @Start
  void start(Stage stage) {
    ImmediateTaskRunner runner = new ImmediateTaskRunner();
    document = new DocumentViewModel(runner, new FakePrompts());
    viewModel = new ProposalViewModel(document, runner);
    document.open(TestPortfolios.CRYPTO);
    ProposalView view = new ProposalView(viewModel);
    table = view.trades();
    Scene scene = new Scene(view.root(), 1200, 520);
    scene.getStylesheets().add(KeelApp.class.getResource("keel.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
    // The headless screen does not clip: a window reaching past its edge fails to draw.
    stage.setX(0);
    stage.setY(0);
  }

  @SuppressWarnings("unchecked")
  private Node cell(FxRobot robot, String id, String columnText) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
        .filter(c -> c.getTableColumn() != null && columnText.equals(c.getTableColumn().getText()))
        .filter(
            c ->
                c.getTableRow() != null
                    && c.getTableRow().getItem() instanceof TradeRow row
                    && row.trade().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + columnText + " cell for " + id));
  }

  private Decision decision(String id) {
    return viewModel.reviewProperty().get().decision(id);
  }

  @Test
  void space_approvesTheSelectedTrades_unlessAllAreApproved_thenRejectsThem(FxRobot robot) {
    robot.interact(() -> viewModel.setApproved("T2", true));
    robot.clickOn(cell(robot, "T1", "Symbol"));
    robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT); // T1 and T2
    int[] reviewChanges = new int[1];
    viewModel.reviewProperty().addListener((obs, old, now) -> reviewChanges[0]++);

    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(decision("T1")).isEqualTo(Decision.APPROVED);
    assertThat(decision("T2")).isEqualTo(Decision.APPROVED);
    assertThat(decision("T3")).isEqualTo(Decision.PENDING);
    assertThat(reviewChanges[0]).as("both in one change of the review").isEqualTo(1);
    assertThat(table.getSelectionModel().getSelectedItems())
        .as("the selection stays, so Space again undoes it")
        .extracting(r -> r.trade().id())
        .containsExactlyInAnyOrder("T1", "T2");

    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(decision("T1")).isEqualTo(Decision.REJECTED);
    assertThat(decision("T2")).isEqualTo(Decision.REJECTED);
    assertThat(decision("T4")).isEqualTo(Decision.PENDING);
  }

  @Test
  void f2OrEnter_editsTheQuantityOfTheFocusedTrade(FxRobot robot) {
    robot.clickOn(cell(robot, "T3", "Symbol"));
    robot.type(KeyCode.F2);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#trades .text-field").tryQueryAs(TextField.class)).isPresent();
    robot.write("1").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(viewModel.reviewProperty().get().trade("T3").quantity()).isEqualByComparingTo("1");
    assertThat(table.getEditingCell()).isNull();

    robot.clickOn(cell(robot, "T1", "Symbol"));
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getEditingCell()).isNotNull();
    assertThat(table.getEditingCell().getRow()).isZero();
    assertThat(table.getEditingCell().getTableColumn().getId()).isEqualTo("quantity-column");
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getEditingCell()).isNull();
  }

  @Test
  void aRecompute_keepsTheSortOrderAndSelectsTheSameTradesAgain(FxRobot robot) {
    TableColumn<TradeRow, ?> symbol =
        table.getColumns().stream().filter(c -> c.getText().equals("Symbol")).findFirst().get();
    robot.interact(() -> table.getSortOrder().setAll(List.of(symbol)));
    robot.clickOn(cell(robot, "T1", "Symbol"));
    robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
    List<String> before = selectedSymbols();
    assertThat(before).hasSize(2);

    robot.interact(viewModel::refresh); // Rebalance now: a new proposal, every row replaced

    assertThat(viewModel.reviewProperty().get().proposal()).isNotNull();
    assertThat(table.getSortOrder()).containsExactly(symbol);
    assertThat(table.getItems()).extracting(r -> r.trade().symbol()).isSorted();
    assertThat(selectedSymbols()).isEqualTo(before);
  }

  @Test
  void theNotesCell_marksATradeAWarningConcerns_withTheSentenceAsTooltip_andTheVenueIsShown(
      FxRobot robot) {
    robot.interact(() -> document.open(TestPortfolios.STOCKS)); // account scope: CPB crosses
    String crossing =
        viewModel.warnings().stream()
            .filter(w -> w.startsWith("CPB is sold in ira and bought in taxable"))
            .findFirst()
            .orElseThrow();
    String cpbSell = id("ira", "CPB");
    String spySell = id("taxable", "SPY");

    Labeled marked = (Labeled) cell(robot, cpbSell, "⚠");
    assertThat(marked.getText()).isEqualTo("⚠");
    assertThat(marked.getTooltip()).isNotNull();
    assertThat(marked.getTooltip().getText()).contains(crossing);
    assertThat(marked.getAccessibleText()).contains(crossing);
    assertThat(CssStates.has(marked, TradeNoteCells.NOTE_MARK)).isTrue();
    assertThat(((Labeled) cell(robot, id("taxable", "CPB"), "⚠")).getText()).isEqualTo("⚠");

    Labeled unmarked = (Labeled) cell(robot, spySell, "⚠");
    assertThat(unmarked.getText()).isNullOrEmpty();
    assertThat(unmarked.getTooltip()).isNull();

    Labeled venue = (Labeled) cell(robot, spySell, "Venue");
    assertThat(venue.getText()).isEqualTo("ibkr");
    assertThat(venue.getTooltip().getText()).startsWith("Interactive Brokers");
    assertThat(shown(venue)).as("the venue in full").isEqualTo("ibkr");
    for (String column : List.of("ID", "Quantity", "Price", "Notional", "Est. cost")) {
      Labeled number = (Labeled) cell(robot, cpbSell, column);
      assertThat(shown(number))
          .as(column + " in full beside the new columns")
          .isEqualTo(number.getText());
    }
  }

  @Test
  void selectingAWarning_selectsTheTradesItConcerns(FxRobot robot) {
    robot.interact(() -> document.open(TestPortfolios.STOCKS));
    ListView<String> warnings = robot.lookup("#warnings").queryListView();
    int crossing =
        warnings
            .getItems()
            .indexOf(
                warnings.getItems().stream()
                    .filter(w -> w.startsWith("CPB is sold in"))
                    .findFirst()
                    .orElseThrow());

    robot.interact(() -> warnings.getSelectionModel().select(crossing));

    assertThat(table.getSelectionModel().getSelectedItems())
        .extracting(r -> r.trade().id())
        .containsExactlyInAnyOrder(id("ira", "CPB"), id("taxable", "CPB"));
    robot.interact(viewModel::refresh); // the list emptied and filled again keeps the selection
    assertThat(table.getSelectionModel().getSelectedItems()).hasSize(2);
  }

  /** The text a cell shows, which ends in … where it does not fit. */
  private static String shown(Labeled cell) {
    return ((Text) cell.lookup(".text")).getText();
  }

  private String id(String account, String symbol) {
    return viewModel.rows().stream()
        .filter(r -> r.trade().account().equals(account) && r.trade().symbol().equals(symbol))
        .findFirst()
        .orElseThrow()
        .trade()
        .id();
  }

  @Test
  void amountColumns_sortByTheAmountsThemselves_andShowThemFormatted(FxRobot robot) {
    // A sort reads two rows' cell values at every comparison: a column holding the formatted
    // text, parsed back to compare, took seconds for the 40,000 trades of a large book.
    TableColumn<TradeRow, ?> notional =
        table.getColumns().stream().filter(c -> c.getText().equals("Notional")).findFirst().get();
    robot.interact(
        () -> {
          notional.setSortType(TableColumn.SortType.DESCENDING);
          table.getSortOrder().setAll(List.of(notional));
        });

    assertThat(notional.getCellData(0)).isInstanceOf(BigDecimal.class);
    assertThat(table.getItems())
        .extracting(r -> r.trade().notionalBase())
        .isSortedAccordingTo(Comparator.reverseOrder());
    TradeRow first = table.getItems().get(0);
    assertThat(((TableCell<?, ?>) cell(robot, first.trade().id(), "Notional")).getText())
        .isEqualTo(Formats.money(first.trade().notionalBase()));
  }

  @Test
  void twoSortColumns_orderTheRows_andAnApprovalKeepsTheOrder(FxRobot robot) {
    TableColumn<TradeRow, ?> side = column("Side");
    TableColumn<TradeRow, ?> notional = column("Notional");
    robot.interact(
        () -> {
          notional.setSortType(TableColumn.SortType.DESCENDING);
          table.getSortOrder().setAll(List.of(side, notional));
        });
    Comparator<TradeRow> expected =
        Comparator.comparing((TradeRow r) -> r.trade().side() == Side.BUY ? "▲ buy" : "▼ sell")
            .thenComparing(r -> r.trade().notionalBase(), Comparator.reverseOrder());

    assertThat(table.getItems()).isSortedAccordingTo(expected);
    assertThat(table.getSortOrder())
        .as("the sort was not rolled back")
        .containsExactly(side, notional);

    robot.interact(viewModel::approveAll); // every row replaced
    assertThat(table.getItems()).isSortedAccordingTo(expected).allMatch(TradeRow::approved);

    robot.interact(() -> table.getSortOrder().clear());
    assertThat(table.getItems()).containsExactlyElementsOf(viewModel.rows());
  }

  @Test
  void theQuantityColumn_sortsByTheQuantities(FxRobot robot) {
    TableColumn<TradeRow, ?> quantity = column("Quantity");
    robot.interact(
        () -> {
          quantity.setSortType(TableColumn.SortType.DESCENDING);
          table.getSortOrder().setAll(List.of(quantity));
        });

    assertThat(table.getItems())
        .extracting(r -> r.trade().quantity())
        .isSortedAccordingTo(Comparator.reverseOrder());
  }

  private TableColumn<TradeRow, ?> column(String title) {
    return table.getColumns().stream().filter(c -> title.equals(c.getText())).findFirst().get();
  }

  private List<String> selectedSymbols() {
    return table.getSelectionModel().getSelectedItems().stream()
        .map(r -> r.trade().symbol())
        .sorted()
        .toList();
  }
}
