package dev.keel.ui.holdings;

import dev.keel.engine.CashHolding;
import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.common.Formats;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

/**
 * The holdings tree table: asset classes, their instruments and, for an instrument held in several
 * accounts, each account's part, with their figures in sortable columns. It is rebuilt from the
 * view-model's filtered rows, keeping what the user had folded, and dimmed while stale. A new
 * search opens every class holding a match; clearing it folds the tree back as it was before the
 * search.
 */
final class HoldingsTree {
  private final TreeTableView<HoldingsLine> table = new TreeTableView<>();
  private final HoldingsViewModel viewModel;

  /** The columns sized to their content after each rebuild: all but the name, which gives way. */
  private final HoldingsFit fit = new HoldingsFit(table);

  /** What the user folded outside a search, by class or instrument key: true when folded. */
  private final Map<String, Boolean> folding = new HashMap<>();

  /** The search the tree shown was built for, empty when none. */
  private String builtFor = "";

  HoldingsTree(HoldingsViewModel viewModel, DocumentViewModel document) {
    this.viewModel = viewModel;
    HoldingsEditors editors = new HoldingsEditors(viewModel.edits(), document, table);
    table.setId("drift-table");
    table.setShowRoot(false);
    table.setEditable(true);
    TreeTableColumn<HoldingsLine, String> weight = editors.weightColumn();
    TreeTableColumn<HoldingsLine, String> band = editors.bandColumn();
    TreeTableColumn<HoldingsLine, String> restriction = editors.restrictionColumn();
    // a line's delta-adjusted exposure beside its value, for a book that holds derivatives
    TreeTableColumn<HoldingsLine, HoldingsLine> exposure =
        numeric(
            "Exposure",
            l -> rowOnly(l, r -> Formats.money(r.exposure())),
            l -> l.row().exposure(),
            105);
    exposure.visibleProperty().bind(Bindings.isNotEmpty(viewModel.derivatives()));
    List<TreeTableColumn<HoldingsLine, ?>> columns =
        List.of(
            nameColumn(),
            numeric("Quantity", HoldingsTree::quantity, HoldingsTree::quantityOf, 84),
            numeric("Price", l -> rowOnly(l, HoldingsTree::price), l -> l.row().price(), 80),
            numeric("Value", l -> Formats.money(valueOf(l)), HoldingsTree::valueOf, 105),
            exposure,
            numeric(
                "Current",
                l -> rowOnly(l, r -> Formats.percent(r.currentWeight())),
                l -> l.row().currentWeight(),
                72),
            numeric(
                "Target",
                l -> rowOnly(l, r -> Formats.percent(r.targetWeight())),
                l -> l.row().targetWeight(),
                72),
            weight,
            numeric(
                "Drift", l -> rowOnly(l, r -> Formats.points(r.drift())), l -> l.row().drift(), 84),
            numeric(
                "Relative",
                l -> rowOnly(l, r -> Formats.percent(r.relativeDrift())),
                l -> l.row().relativeDrift(),
                76),
            band,
            stateColumn(),
            restriction);
    table.getColumns().setAll(columns);
    fit.nameTakesWhatIsLeft(columns);
    // the editors' columns show texts of their own: sized by what their cells show
    List.of(weight, band, restriction).forEach(fit::shownTexts);
    table.setRowFactory(t -> new StyledRow());
    Label placeholder = new Label();
    placeholder
        .textProperty()
        .bind(
            Bindings.when(viewModel.computingProperty())
                .then("Working out the drift…")
                .otherwise("No holdings match the filters"));
    table.setPlaceholder(placeholder);
    CssStates.toggle(table, HoldingsView.STALE, viewModel.staleProperty());
    viewModel.rows().addListener((ListChangeListener<DriftRow>) change -> rebuild());
    rebuild();
  }

  TreeTableView<HoldingsLine> table() {
    return table;
  }

  /**
   * Builds the tree from the filtered rows, classes above their lines, keeping what was open. Each
   * new search opens the classes holding its matches (folding during the search lasts while it
   * stays the same); with no search the tree is folded as the user had it outside a search.
   */
  private void rebuild() {
    Map<String, Boolean> shown = new HashMap<>();
    if (table.getRoot() != null) {
      collectCollapsed(table.getRoot(), shown);
    }
    if (builtFor.isEmpty()) {
      folding.putAll(shown);
    }
    String search = HoldingsFilter.searchKey(viewModel.searchProperty().get());
    Map<String, Boolean> collapsed = new HashMap<>(folding);
    if (!search.isEmpty()) {
      collapsed.putAll(shown);
    }
    boolean openClasses = !search.isEmpty() && !search.equals(builtFor);
    builtFor = search;
    // the same root, its lines replaced in one change: a new root makes the table start over
    TreeItem<HoldingsLine> top = table.getRoot() != null ? table.getRoot() : new TreeItem<>();
    top.setExpanded(true); // the root is hidden, its children are the top lines
    List<TreeItem<HoldingsLine>> topLines = new ArrayList<>();
    // each class's lines are gathered first and given in one change: added one by one, each
    // line's addition was an event and a recount of the class's lines
    Map<String, List<TreeItem<HoldingsLine>>> classLines = new HashMap<>();
    Map<TreeItem<HoldingsLine>, List<TreeItem<HoldingsLine>>> gathered = new LinkedHashMap<>();
    for (DriftRow row : viewModel.rows()) {
      TreeItem<HoldingsLine> item = new TreeItem<>(new HoldingsLine(row, null));
      List<TreeItem<HoldingsLine>> siblings =
          row.parent() == null ? null : classLines.get(row.parent());
      (siblings == null ? topLines : siblings).add(item);
      if (row.kind() == RowKind.ASSET_CLASS) {
        List<TreeItem<HoldingsLine>> lines = new ArrayList<>();
        classLines.put(row.key(), lines);
        gathered.put(item, lines);
        // every class kept by a search holds a match
        item.setExpanded(openClasses || !collapsed.getOrDefault(row.key(), false));
      }
      if (row.kind() == RowKind.INSTRUMENT && row.holdings().size() > 1) {
        List<TreeItem<HoldingsLine>> parts = new ArrayList<>(row.holdings().size());
        row.holdings().forEach(h -> parts.add(new TreeItem<>(new HoldingsLine(row, h))));
        item.getChildren().setAll(parts);
        item.setExpanded(!collapsed.getOrDefault(row.key(), true));
      }
      if (row.kind() == RowKind.CASH) {
        addCashParts(item, collapsed);
      }
    }
    gathered.forEach((item, lines) -> item.getChildren().setAll(lines));
    Set<String> selected = new HashSet<>();
    table.getSelectionModel().getSelectedItems().stream()
        .filter(item -> item != null && item.getValue() != null)
        .forEach(item -> selected.add(key(item.getValue())));
    // a new tree keeps the order the trader sorted by (a new root clears it) and the lines they
    // had selected
    List<TreeTableColumn<HoldingsLine, ?>> sortedBy = List.copyOf(table.getSortOrder());
    table.getSelectionModel().clearSelection(); // reselected below; kept, it trips the model
    top.getChildren().setAll(topLines);
    if (table.getRoot() != top) {
      table.setRoot(top);
    }
    if (!sortedBy.isEmpty()) {
      table.getSortOrder().setAll(sortedBy);
      table.sort();
    }
    if (!selected.isEmpty()) {
      reselect(top, selected);
    }
    // the columns are fitted in a turn of their own, after the tree is shown
    fit.fitLater(viewModel.rows(), viewModel.cash());
  }

  /**
   * The cash row's balances by account and currency, when there is more than one or a loan; open at
   * first when one is a loan, so a margin loan is never folded out of sight.
   */
  private void addCashParts(TreeItem<HoldingsLine> item, Map<String, Boolean> collapsed) {
    List<CashHolding> balances = viewModel.cash();
    boolean loan = balances.stream().anyMatch(CashHolding::isLoan);
    if (balances.size() < 2 && !loan) {
      return;
    }
    DriftRow row = item.getValue().row();
    balances.forEach(c -> item.getChildren().add(new TreeItem<>(new HoldingsLine(row, null, c))));
    item.setExpanded(!collapsed.getOrDefault(foldKey(item), !loan));
  }

  /**
   * The key a line's folding is remembered by: its row's, and for a cash row with a loan under it
   * another one, so cash folded while there was no loan opens when one appears.
   */
  private static String foldKey(TreeItem<HoldingsLine> item) {
    boolean loan =
        item.getChildren().stream()
            .anyMatch(c -> c.getValue().isCashPart() && c.getValue().cash().isLoan());
    return item.getValue().row().key() + (loan ? "\u0000loan" : "");
  }

  private void reselect(TreeItem<HoldingsLine> item, Set<String> keys) {
    for (TreeItem<HoldingsLine> child : item.getChildren()) {
      if (keys.contains(key(child.getValue()))) {
        table.getSelectionModel().select(child);
      }
      reselect(child, keys);
    }
  }

  /** Which line a tree line is, from one tree to the next: its row, and its account part. */
  private static String key(HoldingsLine line) {
    if (line.isCashPart()) {
      return line.row().key()
          + '\u0000'
          + line.cash().account()
          + '\u0000'
          + line.cash().currency();
    }
    return line.row().key() + (line.isAccountPart() ? '\u0000' + line.holding().account() : "");
  }

  private static void collectCollapsed(TreeItem<HoldingsLine> item, Map<String, Boolean> into) {
    for (TreeItem<HoldingsLine> child : item.getChildren()) {
      if (!child.getChildren().isEmpty()) {
        into.put(foldKey(child), !child.isExpanded());
        collectCollapsed(child, into);
      }
    }
  }

  // ---- columns --------------------------------------------------------------------------------

  private static TreeTableColumn<HoldingsLine, HoldingsLine> nameColumn() {
    TreeTableColumn<HoldingsLine, HoldingsLine> column =
        sortable("Holding", HoldingsTree::name, HoldingsTree::name, 190);
    column.setId("holding-column");
    // the column that gives way when the window is narrow: a long name is read in its tooltip
    column.setMinWidth(140);
    column.setCellFactory(
        c ->
            new TreeTableCell<>() {
              private final Tooltip full = new Tooltip();

              @Override
              protected void updateItem(HoldingsLine line, boolean empty) {
                super.updateItem(line, empty);
                String text = empty || line == null ? null : name(line);
                setText(text);
                full.setText(text);
                setTooltip(text == null ? null : full);
              }
            });
    return column;
  }

  private TreeTableColumn<HoldingsLine, HoldingsLine> stateColumn() {
    Function<HoldingsLine, String> text = HoldingsTree::stateOf;
    TreeTableColumn<HoldingsLine, HoldingsLine> column = sortable("State", text, text, 112);
    fit.texts(column, text);
    return column;
  }

  /** A column of figures, right-aligned, sized to its widest figure after each rebuild. */
  private TreeTableColumn<HoldingsLine, HoldingsLine> numeric(
      String title,
      Function<HoldingsLine, String> text,
      Function<HoldingsLine, BigDecimal> key,
      double width) {
    TreeTableColumn<HoldingsLine, HoldingsLine> column = sortable(title, text, key, width);
    column.getStyleClass().add(HoldingsView.NUMERIC);
    fit.figures(column, text, key);
    return column;
  }

  /**
   * A column showing {@code text} and sorting by {@code key} (lines without a key first). A tree
   * sorts the lines inside each class, so classes keep their instruments under them.
   */
  private static <K extends Comparable<K>> TreeTableColumn<HoldingsLine, HoldingsLine> sortable(
      String title,
      Function<HoldingsLine, String> text,
      Function<HoldingsLine, K> key,
      double width) {
    TreeTableColumn<HoldingsLine, HoldingsLine> column = new TreeTableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
    column.setCellFactory(
        c ->
            new TreeTableCell<>() {
              @Override
              protected void updateItem(HoldingsLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : text.apply(line));
              }
            });
    column.setComparator(
        Comparator.nullsFirst(
            Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()))));
    column.setPrefWidth(width);
    return column;
  }

  // ---- texts ----------------------------------------------------------------------------------

  private static String rowOnly(HoldingsLine line, Function<DriftRow, String> text) {
    return line.isAccountPart() ? "" : text.apply(line.row());
  }

  private static String name(HoldingsLine line) {
    if (line.isCashPart()) {
      return CashText.name(line.cash());
    }
    if (line.isAccountPart()) {
      return "in " + line.holding().account();
    }
    DriftRow row = line.row();
    return row.kind() == RowKind.INSTRUMENT ? row.key() + "  " + row.label() : row.label();
  }

  private static String quantity(HoldingsLine line) {
    if (line.isCashPart()) {
      return CashText.amount(line.cash());
    }
    return quantityOf(line) == null ? "" : quantityOf(line).toPlainString();
  }

  private static String price(DriftRow row) {
    return row.price() == null ? "" : row.price().toPlainString();
  }

  private static BigDecimal quantityOf(HoldingsLine line) {
    if (line.isCashPart()) {
      return line.cash().amount();
    }
    return line.isAccountPart() ? line.holding().quantity() : line.row().quantity();
  }

  private static BigDecimal valueOf(HoldingsLine line) {
    if (line.isCashPart()) {
      return line.cash().marketValue();
    }
    return line.isAccountPart() ? line.holding().marketValue() : line.row().marketValue();
  }

  /** A row's band state; a cash balance's, whether it is a loan. */
  private static String stateOf(HoldingsLine line) {
    return line.isCashPart() ? CashText.state(line.cash()) : rowOnly(line, HoldingsTree::state);
  }

  private static String state(DriftRow row) {
    if (row.targetWeight() == null) {
      return "";
    }
    if (!row.breached()) {
      return "✓ within band";
    }
    return row.drift().signum() > 0 ? "▲ over band" : "▼ under band";
  }

  /** Marks breached and class rows with states (the State column says it in text too). */
  private static final class StyledRow extends TreeTableRow<HoldingsLine> {
    @Override
    protected void updateItem(HoldingsLine line, boolean empty) {
      super.updateItem(line, empty);
      boolean shown = !empty && line != null;
      // the amount says "(loan)" in words too
      pseudoClassStateChanged(
          HoldingsView.LOAN, shown && line.isCashPart() && line.cash().isLoan());
      boolean ofRow = shown && !line.isAccountPart();
      pseudoClassStateChanged(HoldingsView.BREACHED, ofRow && line.row().breached());
      pseudoClassStateChanged(
          HoldingsView.CLASS_ROW, ofRow && line.row().kind() != RowKind.INSTRUMENT);
    }
  }
}
