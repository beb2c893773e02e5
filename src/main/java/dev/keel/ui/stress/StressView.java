package dev.keel.ui.stress;

import dev.keel.analytics.stress.AccountWorst;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.common.TableColumns;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The stress view: the sets and the scenario of one's own above; a summary line and whether the
 * book after the proposal is beside it; each account today and at its worst scenario, before and
 * after; the heat table of scenarios by accounts, the book's worst first, each cell with its
 * P&amp;L and margin ratio after (or LIQ) and shaded by its loss against the account's equity; the
 * warnings last. Stale figures are dimmed and marked.
 */
public final class StressView {
  /** Figures being worked out again: dimmed (keel.css). */
  public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

  /** A scenario of one's own that cannot be run (keel.css). */
  public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  /** A cell of an account the scenario liquidates: marked besides its text "LIQ" (keel.css). */
  public static final PseudoClass LIQUIDATED = PseudoClass.getPseudoClass("liquidated");

  private static final Map<LossBand, PseudoClass> BANDS = new EnumMap<>(LossBand.class);

  static {
    BANDS.put(LossBand.SEVERE, PseudoClass.getPseudoClass("loss-severe"));
    BANDS.put(LossBand.HEAVY, PseudoClass.getPseudoClass("loss-heavy"));
    BANDS.put(LossBand.MODERATE, PseudoClass.getPseudoClass("loss-moderate"));
    BANDS.put(LossBand.FLAT, PseudoClass.getPseudoClass("flat"));
    BANDS.put(LossBand.GAIN, PseudoClass.getPseudoClass("gain"));
  }

  /** The tables' row height (keel.css, {@code -fx-fixed-cell-size}). */
  private static final double ROW_HEIGHT = 26;

  /** The least height of the heat table: its two rows of headers and five scenarios. */
  private static final double HEAT_MIN_HEIGHT = 84 + 5 * ROW_HEIGHT;

  /** How many accounts the accounts table shows without scrolling. */
  private static final int MOST_ACCOUNTS = 8;

  private final BorderPane root = new BorderPane();
  private final StressViewModel viewModel;
  private final TableView<AccountSummaryRow> accounts = new TableView<>();
  private final HeatTable heat;

  public StressView(StressViewModel viewModel) {
    this.viewModel = viewModel;
    heat = new HeatTable(viewModel.scenarios(), viewModel.afterShownProperty());
    accountsTable();
    heat.columnsFor(viewModel.accountIdsProperty().get());
    viewModel.accountIdsProperty().addListener((obs, old, now) -> heat.columnsFor(now));
    for (TableView<?> table : List.of(accounts, heat.table())) {
      CssStates.toggle(table, STALE, viewModel.staleProperty());
    }
    heat.table().setMinHeight(HEAT_MIN_HEIGHT);
    VBox whole =
        new VBox(
            4,
            summaryBar(),
            afterNote(),
            heading("Accounts today and at their worst scenario (largest weighted loss)"),
            accounts,
            scenariosHeading(),
            heat.table());
    VBox.setVgrow(heat.table(), Priority.ALWAYS);
    // a short area scrolls the view rather than squeeze the heat table to nothing
    ScrollPane scroll = new ScrollPane(whole);
    scroll.setFitToWidth(true);
    scroll.setFitToHeight(true);
    scroll.getStyleClass().add("edge-to-edge");
    root.setId("stress-view");
    root.setTop(new ScenarioControls(viewModel).root());
    root.setCenter(scroll);
    root.setBottom(warnings());
  }

  public Parent root() {
    return root;
  }

  /** The pseudo-class of a cell shaded as {@code band} (keel.css). */
  public static PseudoClass band(LossBand band) {
    return BANDS.get(band);
  }

  private void accountsTable() {
    accounts.setId("stress-accounts");
    accounts.setPlaceholder(new Label("No scenario run"));
    // each column as wide as its figures: a summary of a few lines, not stretched to the window
    accounts.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    SortedList<AccountSummaryRow> rows = new SortedList<>(viewModel.accounts());
    rows.comparatorProperty().bind(accounts.comparatorProperty());
    accounts.setItems(rows);
    heightForRows(accounts, MOST_ACCOUNTS);
    TableColumns<AccountSummaryRow> fits = new TableColumns<>(accounts);
    fits.text("Account", AccountSummaryRow::account, null);
    fits.text("Mode", AccountSummaryRow::mode, null);
    fits.group("Before the proposal", side(fits, false));
    TableColumn<AccountSummaryRow, AccountSummaryRow> after =
        fits.group("After the proposal", side(fits, true));
    after.visibleProperty().bind(viewModel.afterShownProperty());
    fits.fitTo(viewModel.accounts());
  }

  /** The columns of one side of the proposal. */
  private static List<TableColumn<AccountSummaryRow, AccountSummaryRow>> side(
      TableColumns<AccountSummaryRow> fits, boolean after) {
    return List.of(
        fits.figure("Equity", figure(after, AccountWorst::equity), a -> a.equity(after), null),
        fits.figureOrWord(
            "Margin ratio",
            figure(after, AccountWorst::marginRatio),
            a -> a.marginRatio(after),
            null),
        fits.everyText("Worst scenario", a -> a.worstScenario(after), null),
        fits.figureOrWord(
            "Worst P&L", figure(after, AccountWorst::worstPnl), a -> a.worstPnl(after), null),
        fits.figureOrWord(
            "Liquidated in",
            figure(after, a -> (double) a.liquidatedIn()),
            a -> a.liquidatedIn(after),
            a -> a.firstLiquidating(after)));
  }

  /**
   * Makes {@code table} as tall as its headers and its rows, up to {@code most} rows (it scrolls
   * beyond): the heat table below takes the rest of the height.
   */
  private static void heightForRows(TableView<?> table, int most) {
    DoubleProperty header = new SimpleDoubleProperty(2 * ROW_HEIGHT);
    table
        .skinProperty()
        .addListener(
            (obs, old, skin) -> {
              if (table.lookup(".column-header-background") instanceof Region headers) {
                header.bind(headers.heightProperty());
              }
            });
    table
        .prefHeightProperty()
        .bind(
            Bindings.createDoubleBinding(
                () ->
                    header.get()
                        + table.snappedTopInset()
                        + table.snappedBottomInset()
                        + ROW_HEIGHT * Math.max(1, Math.min(most, table.getItems().size())),
                header,
                table.getItems()));
    table.setMinHeight(Region.USE_PREF_SIZE);
  }

  /** A figure of one side for sorting, {@code null} where there is none. */
  private static Function<AccountSummaryRow, BigDecimal> figure(
      boolean after, Function<AccountWorst, Double> read) {
    return row -> {
      AccountSummaryRow.Side side = row.side(after);
      Double value = side == null ? null : read.apply(side.worst());
      return value == null ? null : BigDecimal.valueOf(value);
    };
  }

  private Node summaryBar() {
    Label line = new Label();
    line.setId("stress-summary");
    line.getStyleClass().add("totals");
    line.textProperty().bind(viewModel.summaryProperty());
    line.setWrapText(true); // never cut: a narrow window takes it to a second line
    line.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(line, Priority.ALWAYS);
    CssStates.toggle(line, STALE, viewModel.staleProperty());
    Label staleMark = new Label("Stale: working out the scenarios again…");
    staleMark.setId("stress-stale");
    staleMark.getStyleClass().add("stale-mark");
    staleMark.visibleProperty().bind(viewModel.staleProperty());
    staleMark.managedProperty().bind(staleMark.visibleProperty());
    staleMark.setMinWidth(Region.USE_PREF_SIZE);
    ProgressBar working = new ProgressBar();
    working.setId("stress-working");
    working.setPrefWidth(90);
    working.visibleProperty().bind(viewModel.workingProperty());
    working.managedProperty().bind(working.visibleProperty());
    HBox bar = new HBox(12, line, staleMark, working);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 0, 8));
    return bar;
  }

  private Node afterNote() {
    Label note = new Label();
    note.setId("stress-after-note");
    note.textProperty().bind(viewModel.afterNoteProperty());
    note.setWrapText(true);
    note.setPadding(new Insets(0, 8, 2, 8));
    return note;
  }

  /** The heat table's heading, and the bands' samples so that the shading is read at once. */
  private static Node scenariosHeading() {
    FlowPane heading =
        new FlowPane(
            6,
            4,
            heading("Scenarios, the book's worst first: P&L · margin ratio after"),
            new Label("shaded by the loss against the account's equity:"));
    heading.setId("stress-legend");
    heading.setAlignment(Pos.CENTER_LEFT);
    Map<LossBand, String> words = new EnumMap<>(LossBand.class);
    words.put(LossBand.SEVERE, "50 % or more lost");
    words.put(LossBand.HEAVY, "20 % or more");
    words.put(LossBand.MODERATE, "5 % or more");
    words.put(LossBand.FLAT, "within 5 %");
    words.put(LossBand.GAIN, "5 % or more gained");
    words.forEach((band, text) -> heading.getChildren().add(sample(text, band(band))));
    heading.getChildren().add(sample("LIQ: liquidated", LIQUIDATED));
    return heading;
  }

  private static Label sample(String text, PseudoClass state) {
    Label sample = new Label(text);
    sample.getStyleClass().addAll(HeatCell.HEAT, "heat-sample");
    sample.pseudoClassStateChanged(state, true);
    return sample;
  }

  private Node warnings() {
    Label warnings = new Label();
    warnings.setId("stress-warnings");
    warnings.setWrapText(true);
    warnings.getStyleClass().add("target-check");
    warnings
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "⚠ " + String.join("\n⚠ ", viewModel.warnings()), viewModel.warnings()));
    Tooltip all = tooltipOf(warnings);
    all.setMaxWidth(720);
    warnings.setTooltip(all);
    warnings.setMaxHeight(120);
    warnings.setPadding(new Insets(4, 8, 4, 8));
    warnings.visibleProperty().bind(Bindings.isNotEmpty(viewModel.warnings()));
    warnings.managedProperty().bind(warnings.visibleProperty());
    return warnings;
  }

  /** A tooltip with the whole text of {@code label}, for when it gives way. */
  private static Tooltip tooltipOf(Label label) {
    Tooltip whole = new Tooltip();
    whole.textProperty().bind(label.textProperty());
    whole.setWrapText(true);
    whole.setMaxWidth(900);
    return whole;
  }

  private static Label heading(String text) {
    Label heading = new Label(text);
    heading.getStyleClass().add("text-bold");
    heading.setPadding(new Insets(0, 0, 0, 8));
    return heading;
  }
}
