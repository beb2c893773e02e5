package dev.keel.ui.proposal;

import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Outcome;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceSettings.Destination;
import dev.keel.engine.rebalance.RebalanceSettings.Mode;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.engine.rebalance.RebalanceSettings.Trigger;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Side;
import dev.keel.engine.rebalance.Trade;
import dev.keel.ui.common.Formats;
import dev.keel.ui.common.Icons;
import dev.keel.ui.common.Names;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The rebalance panel: the settings on the left; the trades to review with their totals, and the
 * warnings and the before/after chart in tabs on the right. While a new proposal is worked out the
 * old one is dimmed and marked stale, with a progress indicator.
 */
public final class ProposalView {
  /** Style class of the trades table while it shows a stale proposal. */
  public static final String STALE = "stale";

  /** Style class of a rejected trade's row. */
  public static final String REJECTED = "rejected";

  private final ProposalViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final TableView<TradeRow> trades = new TableView<>();
  private final BarChart<String, Number> beforeAfter =
      new BarChart<>(new CategoryAxis(), new NumberAxis());

  public ProposalView(ProposalViewModel viewModel) {
    this.viewModel = viewModel;
    ScrollPane settings = new ScrollPane(settings());
    settings.setFitToWidth(true);
    settings.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    settings.setMinWidth(320);
    root.setLeft(settings);
    root.setCenter(review());
    root.getStyleClass().add("proposal-view");
  }

  public Parent root() {
    return root;
  }

  public TableView<TradeRow> trades() {
    return trades;
  }

  // ---- settings -------------------------------------------------------------------------------

  private Node settings() {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(6);
    grid.setPadding(new Insets(8));
    grid.setId("rebalance-settings");
    int row = 0;
    grid.addRow(row++, heading("Rebalance"));
    grid.addRow(
        row++, label("Trigger"), choice("trigger", Trigger.values(), viewModel.triggerProperty()));
    grid.addRow(
        row++,
        label("Destination"),
        choice("destination", Destination.values(), viewModel.destinationProperty()));
    TextField fraction = field("fraction", viewModel.fractionProperty(), "50");
    fraction
        .disableProperty()
        .bind(viewModel.destinationProperty().isNotEqualTo(Destination.PARTIAL));
    fraction.setTooltip(new Tooltip("How much of the band a partial rebalance keeps, in %"));
    grid.addRow(row++, label("Share of band %"), fraction);
    grid.addRow(
        row++,
        label("Cash flow"),
        choice("cash-flow", ProposalViewModel.CashFlow.values(), viewModel.cashFlowProperty()));
    TextField amount = field("cash-flow-amount", viewModel.cashFlowAmountProperty(), "10000");
    amount
        .disableProperty()
        .bind(viewModel.cashFlowProperty().isEqualTo(ProposalViewModel.CashFlow.NONE));
    grid.addRow(row++, label("Amount"), amount);
    ChoiceBox<String> account = new ChoiceBox<>(viewModel.accounts());
    account.setId("cash-flow-account");
    account.valueProperty().bindBidirectional(viewModel.cashFlowAccountProperty());
    account
        .disableProperty()
        .bind(viewModel.cashFlowProperty().isEqualTo(ProposalViewModel.CashFlow.NONE));
    grid.addRow(row++, label("Account"), account);
    grid.addRow(row++, label("Mode"), choice("mode", Mode.values(), viewModel.modeProperty()));
    grid.addRow(row++, label("Scope"), choice("scope", Scope.values(), viewModel.scopeProperty()));
    grid.addRow(
        row++, label("Min. trade"), field("min-trade", viewModel.minTradeProperty(), "none"));
    grid.addRow(
        row++,
        label("Turnover cap %"),
        field("max-turnover", viewModel.maxTurnoverProperty(), "none"));
    ChoiceBox<OrderTerms.OrderType> orderType = new ChoiceBox<>();
    orderType.setId("order-type");
    orderType.getItems().setAll(OrderTerms.OrderType.values());
    orderType.setConverter(
        Names.of(type -> type == OrderTerms.OrderType.MARKET ? "market" : "limit"));
    orderType.valueProperty().bindBidirectional(viewModel.orderTypeProperty());
    orderType.setMaxWidth(Double.MAX_VALUE);
    grid.addRow(row++, label("Orders"), orderType);
    TextField offset = field("limit-offset", viewModel.limitOffsetProperty(), "10");
    offset
        .disableProperty()
        .bind(viewModel.orderTypeProperty().isEqualTo(OrderTerms.OrderType.MARKET));
    offset.setTooltip(new Tooltip("How far from the reference price a limit order is placed"));
    grid.addRow(row++, label("Limit offset bps"), offset);
    Label error = new Label();
    error.setId("settings-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    error.setMaxWidth(220);
    error.textProperty().bind(viewModel.settingsErrorProperty());
    grid.add(error, 0, row, 2, 1);
    return grid;
  }

  private static Label heading(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("title-4");
    return label;
  }

  private static Label label(String text) {
    return new Label(text);
  }

  private static <E extends Enum<E>> ChoiceBox<E> choice(
      String id, E[] values, javafx.beans.property.ObjectProperty<E> property) {
    ChoiceBox<E> box = new ChoiceBox<>();
    box.getItems().setAll(values);
    box.setId(id);
    box.setConverter(Names.of(value -> RebalanceSettings.label(value).replace('-', ' ')));
    box.valueProperty().bindBidirectional(property);
    box.setMaxWidth(Double.MAX_VALUE);
    return box;
  }

  private static TextField field(
      String id, javafx.beans.property.StringProperty property, String prompt) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(prompt);
    field.setPrefColumnCount(8);
    // Applied when the user presses Enter or leaves the field, not at every key stroke.
    field.setText(property.get());
    field.setOnAction(event -> property.set(field.getText()));
    field
        .focusedProperty()
        .addListener(
            (obs, was, now) -> {
              if (!now) {
                property.set(field.getText());
              }
            });
    property.addListener((obs, old, now) -> field.setText(now));
    return field;
  }

  // ---- review ---------------------------------------------------------------------------------

  private Node review() {
    trades.setId("trades");
    trades.setEditable(true);
    // sorted by a column on click; the view-model's list keeps the proposal order
    SortedList<TradeRow> sorted = new SortedList<>(viewModel.rows());
    sorted.comparatorProperty().bind(trades.comparatorProperty());
    trades.setItems(sorted);
    trades.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    trades.getColumns().add(approveColumn());
    TableColumn<TradeRow, String> id = text("ID", row -> row.trade().id(), 50);
    id.setComparator(Comparator.comparingInt(text -> Integer.parseInt(text.substring(1))));
    trades.getColumns().add(id);
    trades.getColumns().add(text("Account", row -> row.trade().account(), 110));
    trades.getColumns().add(text("Side", row -> side(row.trade()), 70));
    trades.getColumns().add(text("Symbol", row -> row.trade().symbol(), 80));
    trades.getColumns().add(quantityColumn());
    trades.getColumns().add(numeric("Price", row -> row.trade().price().toPlainString(), 90));
    trades
        .getColumns()
        .add(numeric("Notional", row -> Formats.money(row.trade().notionalBase()), 110));
    trades
        .getColumns()
        .add(numeric("Est. cost", row -> Formats.money(row.trade().estimatedCostBase()), 80));
    trades.getColumns().add(text("Reason", row -> row.trade().reasonText(), 300));
    trades.setRowFactory(t -> new DecisionRow());
    trades.setPlaceholder(new Label("No trades"));

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
    viewModel
        .staleProperty()
        .addListener(
            (obs, was, now) -> {
              if (now) {
                trades.getStyleClass().add(STALE);
              } else {
                trades.getStyleClass().remove(STALE);
              }
            });
    trades.disableProperty().bind(viewModel.staleProperty());
    StackPane table = new StackPane(trades, progress, staleMark);

    Button approveAll =
        Icons.button(
            MaterialDesignC.CHECK_ALL, "Approve all", "Shortcut+Shift+A", viewModel::approveAll);
    approveAll.setId("approve-all");
    approveAll.setText("Approve all");
    Button rejectAll =
        Icons.button(
            MaterialDesignC.CLOSE_BOX_MULTIPLE,
            "Reject all",
            "Shortcut+Shift+R",
            viewModel::rejectAll);
    rejectAll.setId("reject-all");
    rejectAll.setText("Reject all");
    Label message = new Label();
    message.setId("proposal-message");
    message.textProperty().bind(viewModel.messageProperty());
    HBox actions = new HBox(8, approveAll, rejectAll, message);
    actions.setAlignment(Pos.CENTER_LEFT);
    actions.setPadding(new Insets(6, 8, 6, 8));

    Label footer = new Label();
    footer.setId("totals");
    footer.getStyleClass().add("totals");
    footer
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> totals(viewModel.outcomeProperty().get()), viewModel.outcomeProperty()));
    Label problems = new Label();
    problems.setId("export-problems");
    problems.getStyleClass().add("field-error");
    problems
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.join("; ", viewModel.problems()), viewModel.problems()));
    VBox bottom = new VBox(2, footer, problems);
    bottom.setPadding(new Insets(4, 8, 6, 8));

    ListView<String> warnings = new ListView<>(viewModel.warnings());
    warnings.setId("warnings");
    warnings.setPlaceholder(new Label("No warnings"));
    Tab tradesTab = new Tab();
    tradesTab
        .textProperty()
        .bind(Bindings.concat("Trades (", Bindings.size(viewModel.rows()), ")"));
    tradesTab.setContent(table);
    tradesTab.setClosable(false);
    Tab warningsTab = new Tab();
    warningsTab
        .textProperty()
        .bind(Bindings.concat("Warnings (", Bindings.size(viewModel.warnings()), ")"));
    warningsTab.setContent(warnings);
    warningsTab.setClosable(false);
    warningsTab.setId("warnings-tab");

    beforeAfter.setId("before-after-chart");
    beforeAfter.setAnimated(false);
    beforeAfter.setTitle("Weights before and after the approved trades, %");
    viewModel.outcomeProperty().addListener((obs, old, now) -> showBeforeAfter(now));
    Tab chartTab = new Tab("Before / after", beforeAfter);
    chartTab.setClosable(false);
    TabPane tabs = new TabPane(tradesTab, warningsTab, chartTab);
    tabs.setId("proposal-tabs");
    return new BorderPane(tabs, actions, null, bottom, null);
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
    column.setComparator(Comparator.comparing(ProposalView::number));
    column.getStyleClass().add("numeric");
    column.setCellValueFactory(
        cell -> new ReadOnlyStringWrapper(ProposalViewModel.quantityText(cell.getValue().trade())));
    column.setCellFactory(
        c ->
            new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
              @Override
              public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                TradeRow row = getTableRow() == null ? null : getTableRow().getItem();
                boolean refused = !empty && row != null && !row.quantityError().isEmpty();
                getStyleClass().remove("field-error-cell");
                if (refused) {
                  getStyleClass().add("field-error-cell");
                  setTooltip(new Tooltip(row.quantityError()));
                  setText(item + "  ⚠");
                } else {
                  setTooltip(null);
                }
              }
            });
    column.setOnEditCommit(
        event -> viewModel.changeQuantity(event.getRowValue().trade().id(), event.getNewValue()));
    return column;
  }

  private static TableColumn<TradeRow, String> numeric(
      String title, Function<TradeRow, String> text, double width) {
    TableColumn<TradeRow, String> column = text(title, text, width);
    column.getStyleClass().add("numeric");
    column.setComparator(Comparator.comparing(ProposalView::number)); // "19,976.08" by value
    return column;
  }

  private static TableColumn<TradeRow, String> text(
      String title, Function<TradeRow, String> text, double width) {
    TableColumn<TradeRow, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    column.setPrefWidth(width);
    return column;
  }

  private static BigDecimal number(String shown) {
    return new BigDecimal(shown.replace(",", ""));
  }

  private static String side(Trade trade) {
    return trade.side() == Side.BUY ? "▲ buy" : "▼ sell";
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

  private void showBeforeAfter(Outcome outcome) {
    beforeAfter.getData().clear();
    if (outcome == null) {
      return;
    }
    XYChart.Series<String, Number> before = new XYChart.Series<>();
    before.setName("Before");
    XYChart.Series<String, Number> after = new XYChart.Series<>();
    after.setName("After");
    XYChart.Series<String, Number> target = new XYChart.Series<>();
    target.setName("Target");
    for (Outcome.LineChange line : outcome.lines()) {
      DriftRow either = line.either();
      if (either.depth() != 0) {
        continue;
      }
      String name = either.label();
      before
          .getData()
          .add(
              new XYChart.Data<>(
                  name,
                  Formats.chartValue(
                      line.before() == null ? null : line.before().currentWeight())));
      after
          .getData()
          .add(
              new XYChart.Data<>(
                  name,
                  Formats.chartValue(line.after() == null ? null : line.after().currentWeight())));
      target.getData().add(new XYChart.Data<>(name, Formats.chartValue(either.targetWeight())));
    }
    beforeAfter.getData().add(before);
    beforeAfter.getData().add(after);
    beforeAfter.getData().add(target);
  }

  /** Dims rejected trades; the check box says it too. */
  private static final class DecisionRow extends TableRow<TradeRow> {
    @Override
    protected void updateItem(TradeRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().remove(REJECTED);
      if (!empty && row != null && row.decision() == Review.Decision.REJECTED) {
        getStyleClass().add(REJECTED);
      }
    }
  }
}
