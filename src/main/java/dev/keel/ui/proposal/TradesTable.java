package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.ReviewCarryOver;
import dev.keel.engine.rebalance.Side;
import dev.keel.engine.rebalance.Trade;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.common.Formats;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.util.converter.DefaultStringConverter;

/**
 * The trades to review: a check box to approve each, a ⚠ beside a trade a warning or its venue's
 * export concerns (the sentences as tooltip), its account's venue, the quantity edited in place (a
 * refused one marked ⚠ with the reason as tooltip), sortable by any column. Several trades can be
 * selected; Space approves or rejects them together, Enter or F2 edits the focused trade's
 * quantity. While the proposal is stale the table is dimmed, marked and disabled, with a progress
 * indicator while it is worked out again.
 */
final class TradesTable {
  private final ProposalViewModel viewModel;
  private final TableView<TradeRow> table = new TableView<>();
  private final StackPane node;

  TradesTable(ProposalViewModel viewModel) {
    this.viewModel = viewModel;
    table.setId("trades");
    table.setEditable(true);
    // sorted by a column on click; the view-model's list keeps the proposal order
    TradesShown shown = new TradesShown(viewModel.rows(), viewModel::presorted);
    // the rows shown follow the table's sort columns by the rows' own values (TradesOrder), so
    // the table's sort policy has nothing left to do; a new proposal comes sorted so
    table
        .comparatorProperty()
        .addListener(
            (obs, old, now) -> {
              Comparator<TradeRow> order = TradesOrder.of(table);
              viewModel.rowOrderProperty().set(order);
              shown.order(order);
            });
    table.setSortPolicy(t -> true);
    table.setItems(shown.rows());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(approveColumn());
    table.getColumns().add(TradeNoteCells.notesColumn());
    TableColumn<TradeRow, String> id = text("ID", row -> row.trade().id(), 50);
    id.setComparator(Comparator.comparingInt(text -> Integer.parseInt(text.substring(1))));
    table.getColumns().add(id);
    table.getColumns().add(text("Account", row -> row.trade().account(), 110));
    table.getColumns().add(TradeNoteCells.venueColumn());
    table.getColumns().add(text("Side", row -> side(row.trade()), 70));
    table.getColumns().add(text("Symbol", row -> row.trade().symbol(), 80));
    TableColumn<TradeRow, String> quantity = quantityColumn();
    table.getColumns().add(quantity);
    table
        .getColumns()
        .add(numeric("Price", row -> row.trade().price(), BigDecimal::toPlainString, 90));
    table
        .getColumns()
        .add(numeric("Notional", row -> row.trade().notionalBase(), Formats::money, 110));
    table
        .getColumns()
        .add(numeric("Est. cost", row -> row.trade().estimatedCostBase(), Formats::money, 80));
    table.getColumns().add(reasonColumn());
    new TradesFit(table, viewModel).fitColumnsToContent();
    table.setRowFactory(t -> new DecisionRow());
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.addEventFilter(KeyEvent.KEY_PRESSED, event -> keyPressed(event, quantity));
    table.setPlaceholder(new Label("No trades"));
    keepSelectionAcrossRecomputes();
    CssStates.toggle(table, ProposalView.STALE, viewModel.staleProperty());
    table.disableProperty().bind(viewModel.staleProperty());

    ProgressIndicator progress = new ProgressIndicator();
    progress.setId("computing");
    progress.setMaxSize(48, 48);
    progress.visibleProperty().bind(viewModel.computingProperty());
    Label staleMark = new Label();
    staleMark.getStyleClass().add("stale-mark");
    staleMark
        .textProperty()
        .bind(
            Bindings.when(viewModel.computingProperty())
                .then("Stale: recomputing…")
                .otherwise("Stale: see the message above"));
    staleMark.visibleProperty().bind(viewModel.staleProperty());
    StackPane.setAlignment(staleMark, Pos.TOP_RIGHT);
    node = new StackPane(table, progress, staleMark);
  }

  /** The table with its progress indicator and stale mark over it. */
  Node node() {
    return node;
  }

  TableView<TradeRow> table() {
    return table;
  }

  /**
   * Selects the trades of these ids, wherever the sort has put them, and shows the first; none
   * named changes nothing (a warning that concerns no one trade, or the list of warnings emptied).
   */
  void select(List<String> tradeIds) {
    Set<String> wanted = Set.copyOf(tradeIds);
    List<TradeRow> items = table.getItems();
    int[] indices =
        IntStream.range(0, items.size())
            .filter(i -> wanted.contains(items.get(i).trade().id()))
            .toArray();
    if (indices.length == 0) {
      return;
    }
    var selection = table.getSelectionModel();
    selection.clearSelection();
    selection.selectIndices(indices[0], indices); // one change, however many trades
    table.getFocusModel().focus(indices[0]);
    table.scrollTo(indices[0]);
  }

  /**
   * Space toggles the approval of the selected trades ({@link ProposalViewModel#toggleApproval});
   * Enter or F2 edits the quantity of the focused trade. While a cell is edited its field has the
   * keys.
   */
  private void keyPressed(KeyEvent event, TableColumn<TradeRow, String> quantity) {
    if (table.getEditingCell() != null
        || event.isShortcutDown()
        || event.isAltDown()
        || event.isShiftDown()) {
      return; // Shift+Space and Ctrl+Space keep extending the selection
    }
    if (event.getCode() == KeyCode.SPACE) {
      toggleSelected();
      event.consume();
    } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2) {
      int focused = table.getFocusModel().getFocusedIndex();
      if (focused >= 0) {
        table.edit(focused, quantity);
      }
      event.consume();
    }
  }

  /**
   * Toggles the selected trades, and selects the same lines again: the table drops the selection of
   * a line whose row is replaced, and the lines stay where they were (the decision sorts nothing).
   */
  private void toggleSelected() {
    var selection = table.getSelectionModel();
    List<Integer> selected = List.copyOf(selection.getSelectedIndices());
    int focused = table.getFocusModel().getFocusedIndex();
    viewModel.toggleApproval(
        selection.getSelectedItems().stream().map(row -> row.trade().id()).toList());
    selection.clearSelection();
    if (!selected.isEmpty()) {
      selection.selectIndices(
          selected.get(0), selected.stream().skip(1).mapToInt(Integer::intValue).toArray());
    }
    table.getFocusModel().focus(focused);
  }

  /**
   * A new proposal replaces every row, which drops the selection: the same trades (account,
   * instrument and side, as the review's carry-over matches them) are selected again once the new
   * rows are in, and the sort order stays, since the table sorts whatever rows it gets.
   */
  private void keepSelectionAcrossRecomputes() {
    Set<ReviewCarryOver.Same> selectedBefore = new HashSet<>();
    ReviewCarryOver.Same[] focusedBefore = new ReviewCarryOver.Same[1];
    viewModel
        .reviewProperty()
        .addListener(
            (obs, old, now) -> {
              if (old == null || now == null || old.proposal() == now.proposal()) {
                return; // a decision on the same proposal keeps its rows' selection itself
              }
              selectedBefore.clear();
              table.getSelectionModel().getSelectedItems().forEach(r -> selectedBefore.add(key(r)));
              TradeRow focused = table.getFocusModel().getFocusedItem();
              focusedBefore[0] = focused == null ? null : key(focused);
            });
    viewModel
        .rows()
        .addListener(
            (ListChangeListener<TradeRow>)
                change -> {
                  if (selectedBefore.isEmpty()) {
                    return;
                  }
                  var selection = table.getSelectionModel();
                  selection.clearSelection();
                  List<TradeRow> items = table.getItems();
                  for (int i = 0; i < items.size(); i++) {
                    ReviewCarryOver.Same key = key(items.get(i));
                    if (selectedBefore.contains(key)) {
                      selection.select(i);
                    }
                    if (key.equals(focusedBefore[0])) {
                      table.getFocusModel().focus(i);
                    }
                  }
                  selectedBefore.clear();
                });
  }

  private static ReviewCarryOver.Same key(TradeRow row) {
    return ReviewCarryOver.Same.of(row.trade());
  }

  private TableColumn<TradeRow, Boolean> approveColumn() {
    TableColumn<TradeRow, Boolean> column = new TableColumn<>("✓");
    column.setId("approve-column");
    column.setPrefWidth(40);
    column.setMaxWidth(48);
    column.setSortable(false);
    column.setCellValueFactory(
        cell -> {
          TradeRow row = cell.getValue();
          SimpleBooleanProperty approved = new SimpleBooleanProperty(row.approved());
          approved.addListener((obs, was, now) -> viewModel.setApproved(row.trade().id(), now));
          return approved;
        });
    column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
    column.setEditable(true);
    return column;
  }

  private TableColumn<TradeRow, String> quantityColumn() {
    TableColumn<TradeRow, String> column = new TableColumn<>("Quantity");
    column.setId("quantity-column");
    column.setPrefWidth(120);
    column.getStyleClass().add("numeric");
    column.setCellValueFactory(
        cell -> new ReadOnlyStringWrapper(TradeRow.quantityText(cell.getValue().trade())));
    Function<TradeRow, String> text = row -> TradeRow.quantityText(row.trade());
    column.getProperties().put(TradesFit.TEXT, text);
    column.getProperties().put(TradesOrder.VALUE, text);
    // sorted by the quantity itself: its text parsed back at every comparison was slow
    column
        .getProperties()
        .put(TradesOrder.ORDER, Comparator.comparing((TradeRow row) -> row.trade().quantity()));
    column
        .getProperties()
        .put(TradesFit.FIGURE, (Function<TradeRow, BigDecimal>) row -> row.trade().quantity());
    column.setCellFactory(c -> new QuantityCell());
    column.setOnEditCommit(
        event -> viewModel.changeQuantity(event.getRowValue().trade().id(), event.getNewValue()));
    return column;
  }

  /** A quantity typed in place; one that was refused is marked, with the reason as tooltip. */
  private static final class QuantityCell extends TextFieldTableCell<TradeRow, String> {
    /** State of a quantity cell whose typed quantity was refused. */
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final Tooltip why = new Tooltip(); // one per cell, not one per update

    QuantityCell() {
      super(new DefaultStringConverter());
    }

    @Override
    public void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      TradeRow row = getTableRow() == null ? null : getTableRow().getItem();
      boolean refused = !empty && row != null && !row.quantityError().isEmpty();
      pseudoClassStateChanged(REFUSED, refused);
      if (refused) {
        why.setText(row.quantityError());
        setTooltip(why);
        setText(item + "  ⚠");
      } else {
        setTooltip(null);
      }
    }
  }

  /** The reason, in the column that gives way; the whole of it in the cell's tooltip. */
  private static TableColumn<TradeRow, String> reasonColumn() {
    TableColumn<TradeRow, String> column = text("Reason", row -> row.trade().reasonText(), 220);
    column.setId("reason-column");
    column.setCellFactory(
        c ->
            new javafx.scene.control.TableCell<>() {
              private final Tooltip full = new Tooltip();

              {
                full.setWrapText(true);
                full.setMaxWidth(600);
              }

              @Override
              protected void updateItem(String reason, boolean empty) {
                super.updateItem(reason, empty);
                setText(empty ? null : reason);
                full.setText(reason);
                setTooltip(empty || reason == null ? null : full);
              }
            });
    return column;
  }

  /**
   * An amount's column: its cells hold the amount and show {@code text} of it, so a sort compares
   * the amounts themselves. (A table sorts by reading each row's cell value at every comparison: a
   * formatted text parsed back took seconds for the 40,000 trades of a large book, on the JavaFX
   * thread.)
   */
  private static TableColumn<TradeRow, BigDecimal> numeric(
      String title,
      Function<TradeRow, BigDecimal> value,
      Function<BigDecimal, String> text,
      double width) {
    TableColumn<TradeRow, BigDecimal> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(BigDecimal amount, boolean empty) {
                super.updateItem(amount, empty);
                setText(empty || amount == null ? null : text.apply(amount));
              }
            });
    column.setPrefWidth(width);
    column.getStyleClass().add("numeric");
    column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
    column
        .getProperties()
        .put(TradesFit.FORMAT, text); // for the fit: the widest amount as it is shown
    column.getProperties().put(TradesOrder.VALUE, value);
    column.getProperties().put(TradesFit.FIGURE, value);
    return column;
  }

  private static TableColumn<TradeRow, String> text(
      String title, Function<TradeRow, String> text, double width) {
    TableColumn<TradeRow, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.getProperties().put(TradesFit.TEXT, text);
    column.getProperties().put(TradesOrder.VALUE, text);
    return column;
  }

  private static String side(Trade trade) {
    return trade.side() == Side.BUY ? "▲ buy" : "▼ sell";
  }

  /** Dims rejected trades; the check box says it too. */
  private static final class DecisionRow extends TableRow<TradeRow> {
    @Override
    protected void updateItem(TradeRow row, boolean empty) {
      super.updateItem(row, empty);
      pseudoClassStateChanged(
          ProposalView.REJECTED,
          !empty && row != null && row.decision() == Review.Decision.REJECTED);
    }
  }
}
