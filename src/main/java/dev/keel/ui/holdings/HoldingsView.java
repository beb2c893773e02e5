package dev.keel.ui.holdings;

import dev.keel.engine.DerivativeLine;
import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.io.FileProblem;
import dev.keel.model.Restriction;
import dev.keel.ui.common.Formats;
import dev.keel.ui.common.Icons;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.cell.TextFieldTreeTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The holdings and drift tree: asset classes, their instruments and, for an instrument held in
 * several accounts, each account's part. Filters above it; weights, bands and restrictions are
 * edited in place, and a refused edit says why in the status line and on the cell's tooltip.
 */
public final class HoldingsView {
  /** Style class of a row outside its band. */
  public static final String BREACHED = "breached";

  /** Style class of the pane listing a file's problems. */
  public static final String PROBLEMS = "problems-pane";

  /** Style class of a right-aligned number column. */
  public static final String NUMERIC = "numeric";

  /** Style class of an asset-class row. */
  public static final String CLASS_ROW = "class-row";

  /** Style class of a field whose text cannot be used (with the reason as its tooltip). */
  public static final String INVALID = "invalid";

  /** Style class of the line saying which target levels do not add up. */
  public static final String TARGET_CHECK = "target-check";

  private final BorderPane root = new BorderPane();
  private final TreeTableView<HoldingsLine> table = new TreeTableView<>();
  private final HoldingsViewModel viewModel;
  private final DocumentViewModel document;

  public HoldingsView(HoldingsViewModel viewModel, DocumentViewModel document) {
    this.viewModel = viewModel;
    this.document = document;
    table.setId("drift-table");
    table.setShowRoot(false);
    table.setEditable(true);
    table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(nameColumn());
    table.getColumns().add(numeric("Quantity", HoldingsView::quantity, l -> quantityOf(l), 84));
    table
        .getColumns()
        .add(numeric("Price", l -> rowOnly(l, HoldingsView::price), l -> l.row().price(), 80));
    table.getColumns().add(numeric("Value", HoldingsView::value, l -> valueOf(l), 105));
    table
        .getColumns()
        .add(
            numeric(
                "Current",
                l -> rowOnly(l, r -> percent(r.currentWeight())),
                l -> l.row().currentWeight(),
                72));
    table
        .getColumns()
        .add(
            numeric(
                "Target",
                l -> rowOnly(l, r -> percent(r.targetWeight())),
                l -> l.row().targetWeight(),
                72));
    table.getColumns().add(weightColumn());
    table
        .getColumns()
        .add(
            numeric(
                "Drift",
                l -> rowOnly(l, r -> Formats.points(r.drift())),
                l -> l.row().drift(),
                84));
    table
        .getColumns()
        .add(
            numeric(
                "Relative",
                l -> rowOnly(l, r -> percent(r.relativeDrift())),
                l -> l.row().relativeDrift(),
                76));
    table.getColumns().add(bandColumn());
    table
        .getColumns()
        .add(
            sortable(
                "State",
                l -> rowOnly(l, HoldingsView::state),
                l -> rowOnly(l, HoldingsView::state),
                112));
    table.getColumns().add(restrictionColumn());
    table.setRowFactory(t -> new StyledRow());
    table.setPlaceholder(new Label("No holdings match the filters"));
    viewModel.rows().addListener((ListChangeListener<DriftRow>) change -> rebuild());
    rebuild();

    Label check = new Label();
    check.setId("target-check");
    check.getStyleClass().add(TARGET_CHECK);
    check.textProperty().bind(viewModel.targetCheckProperty());
    check.visibleProperty().bind(viewModel.targetCheckProperty().isNotEmpty());
    check.managedProperty().bind(check.visibleProperty());
    check.setWrapText(true);

    VBox top = new VBox(problemsPane(document), filters(), check);
    root.setTop(top);
    root.setCenter(table);
    root.setBottom(derivativesPane());
  }

  public Parent root() {
    return root;
  }

  public TreeTableView<HoldingsLine> table() {
    return table;
  }

  // ---- the tree -------------------------------------------------------------------------------

  /** Builds the tree from the filtered rows; classes above their lines, keeping what was open. */
  private void rebuild() {
    Map<String, Boolean> collapsed = new HashMap<>();
    if (table.getRoot() != null) {
      collectCollapsed(table.getRoot(), collapsed);
    }
    TreeItem<HoldingsLine> top = new TreeItem<>();
    top.setExpanded(true); // the root is hidden, its children are the top lines
    Map<String, TreeItem<HoldingsLine>> classItems = new HashMap<>();
    List<DriftRow> rows = viewModel.rows();
    for (DriftRow row : rows) {
      TreeItem<HoldingsLine> item = new TreeItem<>(new HoldingsLine(row, null));
      TreeItem<HoldingsLine> parent =
          row.parent() == null ? top : classItems.getOrDefault(row.parent(), top);
      parent.getChildren().add(item);
      if (row.kind() == RowKind.ASSET_CLASS) {
        classItems.put(row.key(), item);
        item.setExpanded(!collapsed.getOrDefault(row.key(), false));
      }
      if (row.kind() == RowKind.INSTRUMENT && row.holdings().size() > 1) {
        row.holdings()
            .forEach(h -> item.getChildren().add(new TreeItem<>(new HoldingsLine(row, h))));
        item.setExpanded(!collapsed.getOrDefault(row.key(), true));
      }
    }
    table.setRoot(top);
  }

  private static void collectCollapsed(TreeItem<HoldingsLine> item, Map<String, Boolean> into) {
    for (TreeItem<HoldingsLine> child : item.getChildren()) {
      if (!child.getChildren().isEmpty()) {
        into.put(child.getValue().row().key(), !child.isExpanded());
        collectCollapsed(child, into);
      }
    }
  }

  // ---- filters and problems -------------------------------------------------------------------

  private HBox filters() {
    ChoiceBox<String> account = new ChoiceBox<>(viewModel.accounts());
    account.setId("account-filter");
    account.valueProperty().bindBidirectional(viewModel.accountProperty());
    account.setTooltip(new Tooltip("Show the holdings of one account"));
    ChoiceBox<String> assetClass = new ChoiceBox<>(viewModel.classes());
    assetClass.setId("class-filter");
    assetClass.valueProperty().bindBidirectional(viewModel.assetClassProperty());
    assetClass.setTooltip(new Tooltip("Show one asset class"));
    TextField search = new TextField();
    search.setId("search");
    search.setPromptText("Search symbol or name");
    search.textProperty().bindBidirectional(viewModel.searchProperty());
    search.setAccessibleText("Search holdings");
    Label summary = new Label();
    summary.setId("summary");
    summary.textProperty().bind(viewModel.summaryProperty());
    summary.setMinWidth(0); // the summary gives way (with …), the filters keep their size
    Tooltip whole = new Tooltip();
    whole.textProperty().bind(viewModel.summaryProperty());
    summary.setTooltip(whole);
    Label accountLabel = new Label("Account");
    Label classLabel = new Label("Class");
    for (Region fixed : List.of(accountLabel, classLabel)) {
      fixed.setMinWidth(Region.USE_PREF_SIZE);
    }
    for (Region choice : List.of(account, assetClass)) {
      choice.setMinWidth(110);
    }
    search.setMinWidth(160);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bar =
        new HBox(
            8,
            Icons.of(MaterialDesignM.MAGNIFY),
            search,
            accountLabel,
            account,
            classLabel,
            assetClass,
            gap,
            summary);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(6, 8, 6, 8));
    bar.getStyleClass().add("filter-bar");
    return bar;
  }

  /**
   * The derivative positions under the tree: their exposure in the base currency, outside the
   * allocation (decision 4); shown only when the book has any.
   */
  private TitledPane derivativesPane() {
    TableView<DerivativeLine> list = new TableView<>(viewModel.derivatives());
    list.setId("derivatives");
    list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    list.getColumns().add(derivativeColumn("Account", DerivativeLine::account, false));
    list.getColumns().add(derivativeColumn("Symbol", DerivativeLine::symbol, false));
    list.getColumns().add(derivativeColumn("Type", line -> line.type().label(), false));
    list.getColumns()
        .add(derivativeColumn("Quantity", line -> line.quantity().toPlainString(), true));
    list.getColumns().add(derivativeColumn("Price", line -> line.price().toPlainString(), true));
    list.getColumns()
        .add(derivativeColumn("Exposure", line -> Formats.money(line.exposure()), true));
    list.setPrefHeight(130);
    TitledPane pane = new TitledPane(null, list);
    pane.setExpanded(false); // the tree comes first; one click shows the derivatives
    pane.setId("derivatives-pane");
    pane.textProperty()
        .bind(
            Bindings.concat(
                "Derivatives: exposure, not in the allocation (",
                Bindings.size(viewModel.derivatives()),
                ")"));
    pane.visibleProperty().bind(Bindings.isNotEmpty(viewModel.derivatives()));
    pane.managedProperty().bind(pane.visibleProperty());
    return pane;
  }

  private static TableColumn<DerivativeLine, String> derivativeColumn(
      String title, Function<DerivativeLine, String> text, boolean numeric) {
    TableColumn<DerivativeLine, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    if (numeric) {
      column.getStyleClass().add(NUMERIC);
    }
    return column;
  }

  /** The problems of a file that failed to open, shown above the table until the next open. */
  private static VBox problemsPane(DocumentViewModel document) {
    Label heading = new Label("The file could not be opened. Fix these lines and open it again:");
    ListView<FileProblem> list = new ListView<>(document.problems());
    list.setId("problems");
    list.setPrefHeight(120);
    VBox pane = new VBox(4, heading, list);
    pane.getStyleClass().add(PROBLEMS);
    pane.setPadding(new Insets(6, 8, 6, 8));
    pane.visibleProperty().bind(Bindings.isNotEmpty(document.problems()));
    pane.managedProperty().bind(pane.visibleProperty());
    return pane;
  }

  // ---- columns --------------------------------------------------------------------------------

  private TreeTableColumn<HoldingsLine, HoldingsLine> nameColumn() {
    TreeTableColumn<HoldingsLine, HoldingsLine> column =
        sortable("Holding", HoldingsView::name, HoldingsView::name, 190);
    column.setId("holding-column");
    return column;
  }

  private TreeTableColumn<HoldingsLine, String> weightColumn() {
    TreeTableColumn<HoldingsLine, String> column =
        editable(
            "Weight",
            line -> line.isAccountPart() ? "" : viewModel.weightText(line.row()),
            line -> viewModel.weightText(line.row()),
            viewModel::checkWeight,
            (line, typed) -> viewModel.editWeight(line.row(), typed));
    column.setId("weight-column");
    column.setPrefWidth(76);
    column.getStyleClass().add(NUMERIC);
    Label header = new Label("Weight");
    header.setTooltip(
        new Tooltip(
            "The target within the parent class (of the whole book for top classes and cash)."
                + " Type a percentage; empty clears it."));
    column.setGraphic(header);
    column.setText(null);
    return column;
  }

  private TreeTableColumn<HoldingsLine, String> bandColumn() {
    TreeTableColumn<HoldingsLine, String> column =
        editable(
            "Band",
            line -> line.isAccountPart() ? "" : bandShown(line.row()),
            line -> viewModel.bandText(line.row()),
            viewModel::checkBand,
            (line, typed) -> viewModel.editBand(line.row(), typed));
    column.setId("band-column");
    column.setPrefWidth(100);
    column.getStyleClass().add(NUMERIC);
    return column;
  }

  /** The band's limit for this row, and in brackets the rule typed if the row has its own. */
  private String bandShown(DriftRow row) {
    String own = viewModel.bandText(row);
    String limit =
        row.targetWeight() == null
            ? "—"
            : row.bandLimit() == null
                ? "none"
                : "± " + Formats.points(row.bandLimit()).replace("+", "");
    return own.isEmpty() ? limit : limit + " (" + own + ")";
  }

  private TreeTableColumn<HoldingsLine, String> restrictionColumn() {
    TreeTableColumn<HoldingsLine, String> column = new TreeTableColumn<>("Restriction");
    column.setId("restriction-column");
    column.setPrefWidth(120);
    column.setSortable(false);
    column.setCellValueFactory(
        cell -> {
          HoldingsLine line = cell.getValue().getValue();
          Restriction restriction =
              line == null || line.isAccountPart() ? null : viewModel.restriction(line.row());
          return new ReadOnlyStringWrapper(restriction == null ? "" : restriction.label());
        });
    column.setCellFactory(c -> new RestrictionCell());
    return column;
  }

  /** A combo box for instrument rows: none, no-buy, no-sell, do-not-trade. */
  private final class RestrictionCell extends TreeTableCell<HoldingsLine, String> {
    private static final String NONE = "—";

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      HoldingsLine line = getTableRow() == null ? null : getTableRow().getItem();
      if (empty
          || line == null
          || line.isAccountPart()
          || line.row().kind() != RowKind.INSTRUMENT) {
        setGraphic(null);
        setText(null);
        return;
      }
      ComboBox<String> choice = new ComboBox<>();
      choice.getItems().add(NONE);
      for (Restriction restriction : Restriction.values()) {
        choice.getItems().add(restriction.label());
      }
      choice.setValue(item == null || item.isEmpty() ? NONE : item);
      choice.setMaxWidth(Double.MAX_VALUE);
      choice.setAccessibleText("Restriction of " + line.row().key());
      choice.setOnAction(
          event -> {
            String chosen = choice.getValue();
            Restriction restriction = NONE.equals(chosen) ? null : Restriction.fromLabel(chosen);
            viewModel.editRestriction(line.row(), restriction).ifPresent(document::report);
          });
      setText(null);
      setGraphic(choice);
    }
  }

  /** An editing callback: applies what was typed, or says why not. */
  private interface Edit {
    Optional<String> apply(HoldingsLine line, String typed);
  }

  /**
   * A column edited in place: the cell shows {@code text}; editing starts from {@code editText}
   * (what the user would type), marks the field with the reason while what is typed cannot be used,
   * and applies it on Enter. A refused value is reported in the status line, the row keeps its
   * value.
   */
  private TreeTableColumn<HoldingsLine, String> editable(
      String title,
      Function<HoldingsLine, String> text,
      Function<HoldingsLine, String> editText,
      Function<String, Optional<String>> check,
      Edit edit) {
    TreeTableColumn<HoldingsLine, String> column = new TreeTableColumn<>(title);
    column.setSortable(false);
    column.setCellValueFactory(
        cell ->
            new ReadOnlyStringWrapper(
                cell.getValue().getValue() == null ? "" : text.apply(cell.getValue().getValue())));
    column.setCellFactory(
        c ->
            new TextFieldTreeTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
              /** The cell keeps its text field between edits: it is checked from the first. */
              private TextField checked;

              @Override
              public void startEdit() {
                HoldingsLine line = getTableRow() == null ? null : getTableRow().getItem();
                if (line == null || line.isAccountPart()) {
                  return;
                }
                super.startEdit();
                if (getGraphic() instanceof TextField field) {
                  if (field != checked) {
                    checked = field;
                    field
                        .textProperty()
                        .addListener((obs, old, typed) -> mark(field, check.apply(typed)));
                  }
                  field.setText(editText.apply(line));
                  field.selectAll();
                }
              }
            });
    column.setOnEditCommit(
        event -> {
          HoldingsLine line = event.getRowValue().getValue();
          Optional<String> refused = edit.apply(line, event.getNewValue());
          refused.ifPresent(why -> document.report("Not changed: " + why));
          table.refresh();
        });
    return column;
  }

  /** Marks a field whose text cannot be used, with the reason as its tooltip. */
  private static void mark(TextField field, Optional<String> error) {
    field.getStyleClass().remove(INVALID);
    field.setTooltip(null);
    error.ifPresent(
        why -> {
          field.getStyleClass().add(INVALID);
          field.setTooltip(new Tooltip(why));
        });
  }

  private static <K extends Comparable<K>> TreeTableColumn<HoldingsLine, HoldingsLine> numeric(
      String title,
      Function<HoldingsLine, String> text,
      Function<HoldingsLine, K> key,
      double width) {
    TreeTableColumn<HoldingsLine, HoldingsLine> column = sortable(title, text, key, width);
    column.getStyleClass().add(NUMERIC);
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
    if (line.isAccountPart()) {
      return "in " + line.holding().account();
    }
    DriftRow row = line.row();
    return row.kind() == RowKind.INSTRUMENT ? row.key() + "  " + row.label() : row.label();
  }

  private static String quantity(HoldingsLine line) {
    return quantityOf(line) == null ? "" : quantityOf(line).toPlainString();
  }

  private static String price(DriftRow row) {
    return row.price() == null ? "" : row.price().toPlainString();
  }

  private static BigDecimal quantityOf(HoldingsLine line) {
    return line.isAccountPart() ? line.holding().quantity() : line.row().quantity();
  }

  private static BigDecimal valueOf(HoldingsLine line) {
    return line.isAccountPart() ? line.holding().marketValue() : line.row().marketValue();
  }

  private static String value(HoldingsLine line) {
    return Formats.money(valueOf(line));
  }

  private static String percent(BigDecimal fraction) {
    return Formats.percent(fraction);
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

  /** Marks breached and class rows with style classes (the State column says it in text too). */
  private static final class StyledRow extends TreeTableRow<HoldingsLine> {
    @Override
    protected void updateItem(HoldingsLine line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().removeAll(BREACHED, CLASS_ROW);
      if (!empty && line != null && !line.isAccountPart()) {
        if (line.row().breached()) {
          getStyleClass().add(BREACHED);
        }
        if (line.row().kind() != RowKind.INSTRUMENT) {
          getStyleClass().add(CLASS_ROW);
        }
      }
    }
  }
}
