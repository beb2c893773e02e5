package dev.keel.ui.exposure;

import dev.keel.analytics.exposure.PnlProfile;
import dev.keel.ui.common.CssStates;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The exposure view: the book's equity and leverage in a line; the net per underlying and the
 * expiry ladder beside the profit and loss profile of the underlying charted; below, the positions
 * with their Greeks; the warnings last. Choosing an underlying filters the positions and the ladder
 * and charts it. Stale figures are dimmed and marked.
 */
public final class ExposureView {
  /** Figures being worked out again: dimmed (keel.css). */
  public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

  /** What a book without derivatives is told. */
  static final String SPOT_NOTE =
      "This book holds no derivatives: its exposure is its holdings, one unit of delta for each"
          + " unit held.";

  /** Header (of two lines) and row heights of the tables (keel.css fixes the cell size). */
  private static final double HEADER = 46;

  private static final double ROW = 26;

  /** The least widths of the tables beside the chart, and of the chart. */
  private static final double BOOK_MIN_WIDTH = 400;

  static final double CHART_MIN_WIDTH = 360;

  /** Room for a table's vertical scroll bar and its borders. */
  private static final double SCROLL_BAR = 18;

  private final BorderPane root = new BorderPane();
  private final ExposureViewModel viewModel;
  private final UnderlyingTable underlyings;
  private final PositionTable positions;
  private final LadderTable ladder;
  private final ProfileChart chart = new ProfileChart();

  public ExposureView(ExposureViewModel viewModel) {
    this.viewModel = viewModel;
    underlyings = new UnderlyingTable(viewModel);
    positions = new PositionTable(viewModel);
    ladder = new LadderTable(viewModel);
    for (TableView<?> table : List.of(underlyings.table(), positions.table(), ladder.table())) {
      CssStates.toggle(table, STALE, viewModel.staleProperty());
    }
    fitHeight(underlyings.table(), 5);
    fitHeight(ladder.table(), 3);
    VBox book = new VBox(4, underlyings.table(), heading("Expiry ladder"), ladder.table());
    VBox.setVgrow(ladder.table(), Priority.ALWAYS);
    Node chartPane = chartPane();
    HBox.setHgrow(chartPane, Priority.ALWAYS);
    HBox upper = new HBox(8, book, chartPane);
    // as wide as the columns need when there is room; narrower, the tables scroll and the chart
    // keeps its least width
    book.prefWidthProperty().bind(widthOfColumns(underlyings.table(), ladder.table()));
    book.setMinWidth(BOOK_MIN_WIDTH);
    SplitPane whole = new SplitPane(upper, positionsPane());
    whole.setOrientation(Orientation.VERTICAL);
    whole.setDividerPositions(0.5);
    root.setId("exposure-view");
    root.setTop(topBar());
    root.setCenter(whole);
    root.setBottom(warnings());
  }

  public Parent root() {
    return root;
  }

  /** The view's tab title: "Exposure (3 underlyings)". */
  public ObservableValue<String> title() {
    return viewModel.titleProperty();
  }

  private Node topBar() {
    Label line = new Label();
    line.setId("exposure-book");
    line.getStyleClass().add("totals");
    line.textProperty().bind(viewModel.bookLineProperty());
    line.setMinWidth(Region.USE_PREF_SIZE);
    Label staleMark = new Label("Stale: working out the exposure again…");
    staleMark.setId("exposure-stale");
    staleMark.getStyleClass().add("stale-mark");
    staleMark.visibleProperty().bind(viewModel.staleProperty());
    Label hint = new Label("Click an underlying to chart it");
    hint.getStyleClass().add("weights-of");
    hint.setMinWidth(0);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bar = new HBox(12, line, hint, gap, staleMark);
    bar.setAlignment(Pos.CENTER_LEFT);
    Label spot = new Label(SPOT_NOTE);
    spot.setId("exposure-spot-note");
    spot.setWrapText(true);
    spot.visibleProperty()
        .bind(
            viewModel
                .exposureProperty()
                .isNotNull()
                .and(viewModel.holdsDerivativesProperty().not()));
    spot.managedProperty().bind(spot.visibleProperty());
    VBox top = new VBox(4, bar, spot);
    top.setPadding(new Insets(6, 8, 6, 8));
    return top;
  }

  private Node chartPane() {
    viewModel.profileProperty().addListener((obs, old, now) -> showProfile());
    showProfile();
    CssStates.toggle(chart.chart(), STALE, viewModel.profileStaleProperty());
    Label warnings = new Label();
    warnings.getStyleClass().add("weights-of");
    warnings.setWrapText(true);
    warnings
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    viewModel.profileProperty().get() == null
                        ? ""
                        : String.join(" ", viewModel.profileProperty().get().warnings()),
                viewModel.profileProperty()));
    warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty());
    warnings.managedProperty().bind(warnings.visibleProperty());
    VBox pane = new VBox(2, chart.root(), warnings);
    VBox.setVgrow(chart.root(), Priority.ALWAYS);
    pane.setMinWidth(CHART_MIN_WIDTH);
    pane.setPrefWidth(CHART_MIN_WIDTH);
    return pane;
  }

  private void showProfile() {
    PnlProfile profile = viewModel.profileProperty().get();
    chart.show(profile, profile == null ? null : viewModel.priceCurrency(profile.underlying()));
  }

  /** The profit and loss chart, for tests. */
  ProfileChart profileChart() {
    return chart;
  }

  private Node positionsPane() {
    Label heading = heading("");
    heading.textProperty().bind(viewModel.positionsHeadingProperty());
    heading.setMinWidth(Region.USE_PREF_SIZE);
    Button all = new Button("Show every underlying");
    all.setId("exposure-show-all");
    all.getStyleClass().add("small");
    all.disableProperty().bind(viewModel.selectedProperty().isNull());
    all.setOnAction(event -> viewModel.showAll());
    all.setMinWidth(Region.USE_PREF_SIZE);
    Label legend = new Label(PositionTable.LEGEND);
    legend.setId("exposure-legend");
    legend.getStyleClass().add("weights-of");
    legend.setTooltip(new Tooltip(PositionTable.LEGEND_IN_FULL));
    legend.getTooltip().setWrapText(true);
    legend.getTooltip().setMaxWidth(480);
    legend.setMinWidth(0);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bar = new HBox(12, heading, all, gap, legend);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(0, 8, 0, 0));
    VBox pane = new VBox(4, bar, positions.table());
    VBox.setVgrow(positions.table(), Priority.ALWAYS);
    pane.setPadding(new Insets(4, 0, 0, 0));
    return pane;
  }

  private Node warnings() {
    Label warnings = new Label();
    warnings.setId("exposure-warnings");
    warnings.setWrapText(true);
    warnings.getStyleClass().add("target-check");
    warnings
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "⚠ " + String.join("\n⚠ ", viewModel.warnings()), viewModel.warnings()));
    Tooltip all = new Tooltip();
    all.textProperty().bind(warnings.textProperty());
    warnings.setTooltip(all);
    warnings.setMaxHeight(80);
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
   * The width the widest of {@code tables} needs to show its columns as fitted (each column's
   * minimum is its fitted width), with room for a scroll bar.
   */
  private static DoubleBinding widthOfColumns(TableView<?>... tables) {
    List<Observable> widths = new ArrayList<>();
    for (TableView<?> table : tables) {
      table.getColumns().forEach(column -> widths.add(column.minWidthProperty()));
    }
    return Bindings.createDoubleBinding(
        () -> {
          double widest = 0;
          for (TableView<?> table : tables) {
            double sum = SCROLL_BAR;
            for (TableColumn<?, ?> column : table.getColumns()) {
              sum += column.getMinWidth();
            }
            widest = Math.max(widest, sum);
          }
          return widest;
        },
        widths.toArray(Observable[]::new));
  }

  /** Gives a table the height of its rows, up to {@code most}, and at least of one. */
  private static void fitHeight(TableView<?> table, int most) {
    table
        .prefHeightProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> HEADER + ROW * Math.max(1, Math.min(most, table.getItems().size())) + 2,
                table.getItems()));
    table.minHeightProperty().bind(table.prefHeightProperty());
  }
}
