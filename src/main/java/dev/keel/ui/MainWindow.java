package dev.keel.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.io.LocalFiles;
import dev.keel.io.prefs.WorkstationPrefs;
import dev.keel.ui.common.CssStates;
import dev.keel.ui.document.DocumentViewModel;
import dev.keel.ui.document.ImportDialog;
import dev.keel.ui.document.ImportViewModel;
import dev.keel.ui.export.ExportDialog;
import dev.keel.ui.export.ExportViewModel;
import dev.keel.ui.exposure.ExposureView;
import dev.keel.ui.holdings.AllocationCharts;
import dev.keel.ui.holdings.DerivativesView;
import dev.keel.ui.holdings.HoldingsLine;
import dev.keel.ui.holdings.HoldingsView;
import dev.keel.ui.margin.MarginView;
import dev.keel.ui.proposal.HedgePanel;
import dev.keel.ui.proposal.HedgePanelViewModel;
import dev.keel.ui.proposal.ProposalView;
import dev.keel.ui.stress.StressView;
import dev.keel.ui.workspace.PlaceholderView;
import dev.keel.ui.workspace.ViewId;
import dev.keel.ui.workspace.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's content: menus and toolbar, the workspace of views (the allocation with its charts,
 * the derivatives, the exposure, the proposal, the margin, the stress, and the place of the view to
 * come), and a status bar; and what the window itself does: the file choosers, the export dialog,
 * the theme, remembering its place on close, opening a portfolio file dropped on it.
 */
public final class MainWindow {
  /** The samples offered in File, Open sample (bundled in the jar). */
  public static final List<String> SAMPLES =
      List.of("crypto-spot.json", "stocks-two-accounts.json", "derivatives-book.json");

  private final BorderPane root = new BorderPane();
  private final WorkstationViewModel viewModel;
  private final DocumentViewModel document;
  private final HoldingsView holdings;
  private final ProposalView proposal;
  private final AllocationCharts charts = new AllocationCharts();
  private final Workspace workspace;
  private final Clock clock;

  /** The window's place when last not maximized (see {@link #followPlace}). */
  private WorkstationPrefs.WindowBounds restored;

  public MainWindow(WorkstationViewModel viewModel, Clock clock) {
    this.viewModel = viewModel;
    this.document = viewModel.document();
    this.clock = clock;
    holdings = new HoldingsView(viewModel.holdings(), document);
    proposal = new ProposalView(viewModel.proposal());
    workspace = workspace();
    WindowMenus menus =
        new WindowMenus(
            viewModel,
            new WindowMenus.Actions(
                this::chooseFile, this::chooseCsv, this::export, this::switchTheme, this::quit));
    root.setTop(new VBox(menus.menuBar(), menus.toolBar()));

    root.setCenter(workspace.root());
    root.setBottom(statusBar());

    // not a change listener: that compares the reports, every line, at every drift worked out
    viewModel.holdings().reportProperty().addListener((Observable replaced) -> showCharts());
    holdings
        .table()
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> showCharts());
    showCharts();
    CssStates.toggle(charts.root(), HoldingsView.STALE, viewModel.holdings().staleProperty());
    dropFiles();
    root.sceneProperty()
        .flatMap(scene -> scene.windowProperty())
        .addListener(
            (obs, old, window) -> {
              if (window instanceof Stage stage) {
                followPlace(stage);
              }
            });
    applyTheme(viewModel.themeProperty().get());
    viewModel.themeProperty().addListener((obs, old, now) -> applyTheme(now));
  }

  public Parent root() {
    return root;
  }

  /** The holdings tree of the allocation view. */
  public javafx.scene.control.TreeTableView<HoldingsLine> holdingsTable() {
    return holdings.table();
  }

  /** The tab of {@code view} in the workspace. */
  public javafx.scene.control.Tab workspaceTab(ViewId view) {
    return workspace.tab(view);
  }

  /** The views and their tabs' titles, arranged as the trader left them. */
  private Workspace workspace() {
    SplitPane allocation = new SplitPane(holdings.root(), charts.root());
    allocation.setDividerPositions(0.78);
    SplitPane.setResizableWithParent(charts.root(), false); // a wider window widens the table
    DerivativesView derivatives = new DerivativesView(viewModel.holdings());
    ExposureView exposure = new ExposureView(viewModel.exposure());
    Map<ViewId, Node> contents = new EnumMap<>(ViewId.class);
    contents.put(ViewId.ALLOCATION, allocation);
    contents.put(ViewId.DERIVATIVES, derivatives.root());
    HedgePanel hedge =
        new HedgePanel(
            new HedgePanelViewModel(viewModel.document(), viewModel.proposal()),
            () -> viewModel.workspace().bringForward(ViewId.PROPOSAL));
    // the hedge panel above the exposure it acts on: its proposal is reviewed like a rebalance's
    contents.put(ViewId.EXPOSURE, new BorderPane(exposure.root(), hedge.root(), null, null, null));
    contents.put(ViewId.PROPOSAL, proposal.root());
    contents.put(ViewId.MARGIN, new MarginView(viewModel.margin()).root());
    contents.put(ViewId.STRESS, new StressView(viewModel.stress()).root());
    contents.put(ViewId.RISK, PlaceholderView.of(ViewId.RISK));
    Map<ViewId, ObservableValue<String>> titles = new EnumMap<>(ViewId.class);
    titles.put(ViewId.DERIVATIVES, derivatives.title());
    titles.put(ViewId.EXPOSURE, exposure.title());
    titles.put(
        ViewId.PROPOSAL,
        Bindings.createStringBinding(
            () -> proposalTitle(viewModel.proposal().rows().size()), viewModel.proposal().rows()));
    Workspace views = new Workspace(viewModel.workspace(), contents, titles);
    // the exposure is worked out while its view is in front of its area, not behind it
    viewModel.exposure().shownProperty().bind(views.tab(ViewId.EXPOSURE).selectedProperty());
    // and the margin and the stress likewise
    viewModel.margin().shownProperty().bind(views.tab(ViewId.MARGIN).selectedProperty());
    viewModel.stress().shownProperty().bind(views.tab(ViewId.STRESS).selectedProperty());
    return views;
  }

  private static String proposalTitle(int trades) {
    return "Proposal (" + trades + (trades == 1 ? " trade)" : " trades)");
  }

  private Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
  }

  private HBox statusBar() {
    Label status = new Label();
    status.setId("status");
    status.textProperty().bind(document.statusProperty());
    ProgressBar busy = new ProgressBar();
    busy.setPrefWidth(120);
    busy.visibleProperty().bind(document.busyProperty());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bar = new HBox(8, status, gap, busy);
    bar.getStyleClass().add("status-bar");
    bar.setPadding(new Insets(4, 8, 4, 8));
    return bar;
  }

  // ---- actions --------------------------------------------------------------------------------

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open portfolio");
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("Keel portfolio (*.json)", "*.json"));
    Path samples = Path.of("sample-portfolios");
    if (LocalFiles.isFolder(samples)) {
      chooser.setInitialDirectory(samples.toFile());
    }
    File chosen = chooser.showOpenDialog(window());
    if (chosen != null) {
      document.open(chosen.toPath());
    }
  }

  private void chooseCsv() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Import holdings");
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("Holdings (*.csv, *.txt)", "*.csv", "*.txt"));
    File chosen = chooser.showOpenDialog(window());
    if (chosen == null) {
      return;
    }
    ImportViewModel options = new ImportViewModel(chosen.getName());
    if (new ImportDialog(options, chosen.getName(), window()).ask()) {
      document.importHoldings(chosen.toPath(), options.options(clock.instant()));
    }
  }

  /** Opens the export dialog on the current review. */
  public void export() {
    var review = viewModel.proposal().reviewProperty().get();
    if (review == null || viewModel.proposal().staleProperty().get()) {
      document.report("No current proposal to export: rebalance first");
      return;
    }
    if (viewModel.proposal().totals().staleProperty().get()) {
      document.report("The proposal's totals and guard are still being worked out: export again");
      return;
    }
    Path folder =
        document.fileProperty().get() != null && document.fileProperty().get().getParent() != null
            ? document.fileProperty().get().getParent()
            : Path.of(System.getProperty("user.home"));
    String stem = document.nameProperty().get().replaceFirst("\\.json$", "");
    ExportViewModel export =
        new ExportViewModel(
            viewModel.runner(),
            review,
            document.exportSource(),
            viewModel.proposal().totals().guardProperty().get(),
            folder.resolve(stem + ".orders.csv"),
            clock);
    export.orderTypeProperty().set(viewModel.proposal().settings().orderTypeProperty().get());
    export.limitOffsetProperty().set(viewModel.proposal().settings().limitOffsetProperty().get());
    export.suggestFolders(viewModel.exportFolders()); // the last export's folder, if it is there
    new ExportDialog(export, window()).dialog().showAndWait();
    export.writtenFolder().ifPresent(viewModel::rememberExportFolder);
    if (!export.resultProperty().get().isEmpty()) {
      document.report(export.resultProperty().get());
    }
  }

  private void switchTheme() {
    viewModel
        .themeProperty()
        .set(
            WorkstationPrefs.DARK.equals(viewModel.themeProperty().get())
                ? WorkstationPrefs.LIGHT
                : WorkstationPrefs.DARK);
  }

  private static void applyTheme(String theme) {
    Application.setUserAgentStylesheet(
        WorkstationPrefs.DARK.equals(theme)
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  private void quit() {
    if (mayClose()) {
      Platform.exit();
    }
  }

  /**
   * Asks about unsaved edits; when the window may close, remembers its place and the settings and
   * says yes. While a save runs it says no, and quits once the save has ended well. Used by File ▸
   * Quit and by the window's own close button.
   */
  public boolean mayClose() {
    if (!document.mayClose(this::quit)) {
      return false;
    }
    if (window() instanceof Stage stage) {
      WorkstationPrefs.WindowBounds place =
          stage.isMaximized() && restored != null
              ? new WorkstationPrefs.WindowBounds(
                  restored.x(), restored.y(), restored.width(), restored.height(), true)
              : new WorkstationPrefs.WindowBounds(
                  stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
      viewModel.close(place);
    }
    return true;
  }

  /**
   * Follows the window's place while it is not maximized: a maximized window reports the screen's
   * size, and un-maximizing after the next start must give back the window the user had.
   */
  private void followPlace(Stage stage) {
    Runnable note =
        () -> {
          if (!stage.isMaximized()) {
            restored =
                new WorkstationPrefs.WindowBounds(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
          }
        };
    for (var property :
        List.of(
            stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
      property.addListener((obs, old, now) -> note.run());
    }
    note.run();
  }

  private void showCharts() {
    TreeItem<HoldingsLine> selected = holdings.table().getSelectionModel().getSelectedItem();
    String classId = null;
    if (selected != null && selected.getValue() != null) {
      DriftRow row = selected.getValue().row();
      classId = row.kind() == RowKind.ASSET_CLASS ? row.key() : row.parent();
    }
    charts.show(viewModel.holdings().reportProperty().get(), classId);
  }

  private void dropFiles() {
    root.setOnDragOver(
        event -> {
          if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
          }
          event.consume();
        });
    root.setOnDragDropped(
        event -> {
          List<File> files = event.getDragboard().getFiles();
          if (!files.isEmpty()) {
            Path file = files.get(0).toPath();
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
              document.report("Use File, Import holdings CSV for a CSV file");
            } else {
              document.open(file);
            }
          }
          event.setDropCompleted(!files.isEmpty());
          event.consume();
        });
  }
}
