package dev.keel.ui.margin;

import dev.keel.ui.common.ColumnFit;
import dev.keel.ui.common.CssStates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The margin view: a summary line; the accounts with their margin balance, margins, margin ratio,
 * leverage, free collateral and move to liquidation; below, the perpetuals and futures with their
 * margins and their liquidation price beside the mark; the warnings last. An account at or past
 * liquidation is tinted and marked in words; stale figures are dimmed and marked.
 */
public final class MarginView {
  /** Figures being worked out again: dimmed (keel.css). */
  public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

  /** An account at or past liquidation: tinted (keel.css), besides its text marker. */
  public static final PseudoClass AT_LIQUIDATION = PseudoClass.getPseudoClass("breached");

  /** The style class of a column of figures: aligned right (keel.css). */
  static final String NUMERIC = "numeric";

  private final BorderPane root = new BorderPane();
  private final MarginViewModel viewModel;
  private final TableView<AccountRow> accounts = new TableView<>();
  private final TableView<PositionRow> positions = new TableView<>();

  public MarginView(MarginViewModel viewModel) {
    this.viewModel = viewModel;
    accountsTable();
    positionsTable();
    for (TableView<?> table : List.of(accounts, positions)) {
      CssStates.toggle(table, STALE, viewModel.staleProperty());
      table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
    VBox upper =
        new VBox(4, heading("Accounts (liquidation at a margin ratio of 100 %)"), accounts);
    VBox.setVgrow(accounts, Priority.ALWAYS);
    VBox lower = new VBox(4, heading("Contracts (prices in their quote currency)"), positions);
    VBox.setVgrow(positions, Priority.ALWAYS);
    SplitPane whole = new SplitPane(upper, lower);
    whole.setOrientation(Orientation.VERTICAL);
    whole.setDividerPositions(0.4);
    root.setId("margin-view");
    root.setTop(topBar());
    root.setCenter(whole);
    root.setBottom(warnings());
  }

  public Parent root() {
    return root;
  }

  private void accountsTable() {
    accounts.setId("margin-accounts");
    accounts.setPlaceholder(new Label("No accounts"));
    SortedList<AccountRow> rows = new SortedList<>(viewModel.accounts());
    rows.comparatorProperty().bind(accounts.comparatorProperty());
    accounts.setItems(rows);
    accounts.setRowFactory(
        table ->
            new TableRow<>() {
              @Override
              protected void updateItem(AccountRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(
                    AT_LIQUIDATION, !empty && row != null && row.atLiquidation());
              }
            });
    Fits<AccountRow> fits = new Fits<>(accounts);
    fits.text("Account", AccountRow::account);
    fits.text("Mode", AccountRow::mode);
    fits.figure("Wallet", AccountRow::wallet, a -> a.figures().walletBalance());
    fits.figure("Unrealised", AccountRow::unrealised, a -> a.figures().unrealisedPnl());
    fits.figure("Margin balance", AccountRow::marginBalance, a -> a.figures().marginBalance());
    fits.figure("Initial", AccountRow::initial, a -> a.figures().initialMargin());
    fits.figure("Maintenance", AccountRow::maintenance, a -> a.figures().maintenanceMargin());
    fits.nullable("Margin ratio", AccountRow::marginRatio, a -> a.figures().marginRatio());
    fits.nullable("Leverage", AccountRow::leverage, a -> a.figures().leverage());
    fits.figure("Free", AccountRow::free, a -> a.figures().freeCollateral());
    fits.nullable("Shock to liq.", AccountRow::shock, a -> a.figures().shockToLiquidation());
    fits.fitTo(viewModel.accounts());
  }

  private void positionsTable() {
    positions.setId("margin-positions");
    positions.setPlaceholder(new Label("No perpetuals or futures on a margin account"));
    SortedList<PositionRow> rows = new SortedList<>(viewModel.positions());
    rows.comparatorProperty().bind(positions.comparatorProperty());
    positions.setItems(rows);
    Fits<PositionRow> fits = new Fits<>(positions);
    fits.text("Account", PositionRow::account);
    fits.text("Symbol", PositionRow::symbol);
    fits.figure("Quantity", PositionRow::quantity, p -> p.figures().quantity());
    fits.nullable("Entry", PositionRow::entry, p -> p.figures().entryPrice());
    fits.figure("Mark", PositionRow::mark, p -> p.figures().markPrice());
    fits.nullable("Liquidation", PositionRow::liquidation, p -> p.figures().liquidationPrice());
    fits.figure("Notional", PositionRow::notional, p -> p.figures().notional());
    fits.figure("Initial", PositionRow::initial, p -> p.figures().initialMargin());
    fits.figure("Maintenance", PositionRow::maintenance, p -> p.figures().maintenanceMargin());
    fits.fitTo(viewModel.positions());
  }

  private Node topBar() {
    Label line = new Label();
    line.setId("margin-summary");
    line.getStyleClass().add("totals");
    line.textProperty().bind(viewModel.summaryProperty());
    line.setMinWidth(0);
    CssStates.toggle(line, STALE, viewModel.staleProperty());
    Label staleMark = new Label("Stale: working out the margin again…");
    staleMark.setId("margin-stale");
    staleMark.getStyleClass().add("stale-mark");
    staleMark.visibleProperty().bind(viewModel.staleProperty());
    staleMark.setMinWidth(Region.USE_PREF_SIZE);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bar = new HBox(12, line, gap, staleMark);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(6, 8, 6, 8));
    return bar;
  }

  private Node warnings() {
    Label warnings = new Label();
    warnings.setId("margin-warnings");
    warnings.setWrapText(true);
    warnings.getStyleClass().add("target-check");
    warnings
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "⚠ " + String.join("\n⚠ ", viewModel.warnings()), viewModel.warnings()));
    Tooltip all = new Tooltip();
    all.textProperty().bind(warnings.textProperty());
    all.setWrapText(true);
    all.setMaxWidth(720);
    warnings.setTooltip(all);
    warnings.setMaxHeight(120);
    warnings.setPadding(new Insets(4, 8, 4, 8));
    warnings.visibleProperty().bind(Bindings.isNotEmpty(viewModel.warnings()));
    warnings.managedProperty().bind(warnings.visibleProperty());
    return warnings;
  }

  private static Label heading(String text) {
    Label heading = new Label(text);
    heading.getStyleClass().add("text-bold");
    heading.setPadding(new Insets(0, 0, 0, 8));
    return heading;
  }

  /**
   * The columns of one table: each cell shows its row's text; a column of figures is aligned right
   * and sorts by the figure (a figure that does not apply first); every column is as wide as its
   * header and its widest text, refitted a turn of the JavaFX thread after the rows change.
   */
  private static final class Fits<T> {
    private final TableView<T> table;
    private final List<ColumnFit<T>> fits = new ArrayList<>();
    private boolean pending;

    Fits(TableView<T> table) {
      this.table = table;
    }

    void text(String title, Function<T, String> text) {
      column(title, text).setComparator(Comparator.comparing(text));
    }

    void figure(String title, Function<T, String> text, ToDoubleFunction<T> figure) {
      TableColumn<T, T> column = column(title, text);
      column.setComparator(Comparator.comparingDouble(figure));
      column.getStyleClass().add(NUMERIC);
    }

    void nullable(String title, Function<T, String> text, Function<T, Double> figure) {
      TableColumn<T, T> column = column(title, text);
      column.setComparator(
          Comparator.comparing(figure, Comparator.nullsFirst(Comparator.naturalOrder())));
      column.getStyleClass().add(NUMERIC);
    }

    private TableColumn<T, T> column(String title, Function<T, String> text) {
      TableColumn<T, T> column = new TableColumn<>(title);
      column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
      column.setCellFactory(
          c ->
              new TableCell<>() {
                @Override
                protected void updateItem(T row, boolean empty) {
                  super.updateItem(row, empty);
                  setText(empty || row == null ? null : text.apply(row));
                }
              });
      fits.add(ColumnFit.ofTexts(column, text, false));
      table.getColumns().add(column);
      return column;
    }

    void fitTo(ObservableList<T> rows) {
      rows.addListener((ListChangeListener<T>) change -> fitLater(rows));
      fitLater(rows);
    }

    private void fitLater(ObservableList<T> rows) {
      if (pending) {
        return;
      }
      pending = true;
      Platform.runLater(
          () -> {
            pending = false;
            List<T> lines = List.copyOf(rows);
            fits.forEach(each -> each.fit(lines));
          });
    }
  }
}
