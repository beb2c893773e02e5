package dev.keel.ui.proposal;

import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.engine.rebalance.HedgeRequest;
import dev.keel.engine.rebalance.Outcome;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.common.Formats;
import dev.keel.ui.common.Icons;
import java.math.RoundingMode;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The rebalance panel: the settings on the left; on the right the review actions, the trades, the
 * warnings and the before/after chart in tabs, and the totals of the approved trades in the footer
 * (dimmed while they are worked out again).
 */
public final class ProposalView {
  /** State (pseudo-class) of the trades table or the totals while they show a stale result. */
  public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

  /** The guard line while an account ends past its margin guard. */
  public static final PseudoClass BLOCKED_BY_GUARD = PseudoClass.getPseudoClass("blocked");

  /** State of a rejected trade's row. */
  public static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");

  private final ProposalViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final TradesTable trades;

  public ProposalView(ProposalViewModel viewModel) {
    this.viewModel = viewModel;
    this.trades = new TradesTable(viewModel);
    ScrollPane settings = new ScrollPane(RebalanceSettingsPane.of(viewModel.settings()));
    settings.setFitToWidth(true);
    settings.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    settings.setMinWidth(320);
    root.setLeft(settings);
    settings.disableProperty().bind(viewModel.hedgeProperty().isNotNull());
    root.setTop(hedgeBar());
    root.setCenter(new BorderPane(tabs(), actions(), null, footer(), null));
    root.getStyleClass().add("proposal-view");
  }

  public Parent root() {
    return root;
  }

  public TableView<TradeRow> trades() {
    return trades.table();
  }

  /**
   * Shown while the proposal is a hedge asked for in the Exposure view: what it hedges, and the way
   * back to rebalancing under the settings (which wait, greyed, meanwhile).
   */
  private Node hedgeBar() {
    Label what = new Label();
    what.setId("hedge-asked");
    what.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  HedgeRequest asked = viewModel.hedgeProperty().get();
                  return asked == null ? "" : "Hedge proposal: " + asked.describe();
                },
                viewModel.hedgeProperty()));
    Button back = new Button("Back to rebalancing");
    back.setId("back-to-rebalancing");
    back.setOnAction(event -> viewModel.hedgeProperty().set(null));
    HBox bar = new HBox(8, what, back);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 4, 8));
    bar.getStyleClass().add("hedge-bar");
    bar.visibleProperty().bind(viewModel.hedgeProperty().isNotNull());
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  private Node actions() {
    Button approveAll =
        Icons.button(
            MaterialDesignC.CHECK_ALL, "Approve all", "Ctrl+Shift+A", viewModel::approveAll);
    approveAll.setId("approve-all");
    approveAll.setText("Approve all");
    Button rejectAll =
        Icons.button(
            MaterialDesignC.CLOSE_BOX_MULTIPLE, "Reject all", "Ctrl+Shift+R", viewModel::rejectAll);
    rejectAll.setId("reject-all");
    rejectAll.setText("Reject all");
    Label message = new Label();
    message.setId("proposal-message");
    message.textProperty().bind(viewModel.messageProperty());
    // a long message gives way (read whole in its tooltip), never the buttons
    approveAll.setMinWidth(Region.USE_PREF_SIZE);
    rejectAll.setMinWidth(Region.USE_PREF_SIZE);
    message.setMinWidth(0);
    Tooltip whole = new Tooltip();
    whole.textProperty().bind(viewModel.messageProperty());
    message.setTooltip(whole);
    HBox actions = new HBox(8, approveAll, rejectAll, message);
    actions.setAlignment(Pos.CENTER_LEFT);
    actions.setPadding(new Insets(6, 8, 6, 8));
    return actions;
  }

  private Node tabs() {
    Tab tradesTab = new Tab();
    tradesTab
        .textProperty()
        .bind(Bindings.concat("Trades (", Bindings.size(viewModel.rows()), ")"));
    tradesTab.setContent(trades.node());
    tradesTab.setClosable(false);
    ListView<String> warnings = new ListView<>(viewModel.warnings());
    warnings.setId("warnings");
    warnings.setPlaceholder(new Label("No warnings"));
    warnings // the trades a warning concerns are selected in the trades table
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener((obs, was, now) -> trades.select(viewModel.tradesConcerned(now.intValue())));
    Tab warningsTab = new Tab();
    warningsTab
        .textProperty()
        .bind(Bindings.concat("Warnings (", Bindings.size(viewModel.warnings()), ")"));
    warningsTab.setContent(warnings);
    warningsTab.setClosable(false);
    warningsTab.setId("warnings-tab");
    Tab chartTab = new Tab("Before / after", new BeforeAfterChart(viewModel.totals()).chart());
    chartTab.setClosable(false);
    TabPane tabs = new TabPane(tradesTab, warningsTab, chartTab);
    tabs.setId("proposal-tabs");
    return tabs;
  }

  private Node footer() {
    ReviewTotalsViewModel totals = viewModel.totals();
    Label footer = new Label();
    footer.setId("totals");
    footer.getStyleClass().add("totals");
    footer
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> totals(totals.outcomeProperty().get()), totals.outcomeProperty()));
    CssStates.toggle(footer, STALE, totals.staleProperty());
    Label problems = new Label();
    problems.setId("export-problems");
    problems.getStyleClass().add("field-error");
    problems
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.join("; ", totals.problems()), totals.problems()));
    Label guard = new Label();
    guard.setId("guard-line");
    guard.setWrapText(true);
    guard
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> GuardFooter.text(totals.guardProperty().get()), totals.guardProperty()));
    CssStates.toggle(
        guard,
        BLOCKED_BY_GUARD,
        Bindings.createBooleanBinding(
            () ->
                totals.guardProperty().get() != null && totals.guardProperty().get().blocksExport(),
            totals.guardProperty()));
    guard.managedProperty().bind(guard.textProperty().isNotEmpty());
    VBox bottom = new VBox(2, footer, guard, problems);
    bottom.setPadding(new Insets(4, 8, 6, 8));
    return bottom;
  }

  /** Trades approved, turnover, cost, cash after and the largest drift left, in one line. */
  static String totals(Outcome outcome) {
    if (outcome == null) {
      return "";
    }
    Outcome.Totals totals = outcome.totals();
    String largest = totals.largestDrift().map(ProposalView::driftText).orElse("none");
    return totals.trades()
        + " approved · turnover "
        + Formats.money(totals.turnover())
        + " · est. cost "
        + Formats.money(totals.cost())
        + " ("
        + totals.costBps().setScale(1, RoundingMode.HALF_UP).toPlainString()
        + " bps) · cash after "
        + Formats.money(totals.cashAfter())
        + " · largest drift left "
        + largest;
  }

  private static String driftText(DriftRow row) {
    String name = row.kind() == RowKind.INSTRUMENT ? row.key() : row.label();
    return name + " " + Formats.points(row.drift());
  }
}
