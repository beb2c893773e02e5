package dev.keel.ui.margin;

import dev.keel.ui.common.CssStates;
import dev.keel.ui.common.TableColumns;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
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
    TableColumns<AccountRow> fits = new TableColumns<>(accounts);
    fits.text("Account", AccountRow::account, null);
    fits.text("Mode", AccountRow::mode, null);
    fits.figure("Wallet", a -> decimal(a.figures().walletBalance()), AccountRow::wallet, null);
    fits.figure(
        "Unrealised", a -> decimal(a.figures().unrealisedPnl()), AccountRow::unrealised, null);
    fits.figure(
        "Margin balance",
        a -> decimal(a.figures().marginBalance()),
        AccountRow::marginBalance,
        null);
    fits.figure("Initial", a -> decimal(a.figures().initialMargin()), AccountRow::initial, null);
    fits.figure(
        "Maintenance",
        a -> decimal(a.figures().maintenanceMargin()),
        AccountRow::maintenance,
        null);
    fits.figure(
        "Margin ratio", a -> decimal(a.figures().marginRatio()), AccountRow::marginRatio, null);
    fits.figure("Leverage", a -> decimal(a.figures().leverage()), AccountRow::leverage, null);
    fits.figure("Free", a -> decimal(a.figures().freeCollateral()), AccountRow::free, null);
    fits.figure(
        "Shock to liq.", a -> decimal(a.figures().shockToLiquidation()), AccountRow::shock, null);
    fits.fitTo(viewModel.accounts());
  }

  private void positionsTable() {
    positions.setId("margin-positions");
    positions.setPlaceholder(new Label("No perpetuals or futures on a margin account"));
    SortedList<PositionRow> rows = new SortedList<>(viewModel.positions());
    rows.comparatorProperty().bind(positions.comparatorProperty());
    positions.setItems(rows);
    TableColumns<PositionRow> fits = new TableColumns<>(positions);
    fits.text("Account", PositionRow::account, null);
    fits.text("Symbol", PositionRow::symbol, null);
    fits.figure("Quantity", p -> decimal(p.figures().quantity()), PositionRow::quantity, null);
    fits.figure("Entry", p -> decimal(p.figures().entryPrice()), PositionRow::entry, null);
    fits.figure("Mark", p -> decimal(p.figures().markPrice()), PositionRow::mark, null);
    fits.figure(
        "Liquidation",
        p -> decimal(p.figures().liquidationPrice()),
        PositionRow::liquidation,
        null);
    fits.figure("Notional", p -> decimal(p.figures().notional()), PositionRow::notional, null);
    fits.figure("Initial", p -> decimal(p.figures().initialMargin()), PositionRow::initial, null);
    fits.figure(
        "Maintenance",
        p -> decimal(p.figures().maintenanceMargin()),
        PositionRow::maintenance,
        null);
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

  /** A figure for sorting, {@code null} where there is none. */
  private static BigDecimal decimal(Double value) {
    return value == null ? null : BigDecimal.valueOf(value);
  }
}
