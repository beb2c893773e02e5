package dev.keel.ui.holdings;

import dev.keel.io.FileProblem;
import dev.keel.ui.document.DocumentViewModel;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The holdings panel: the problems of a file that failed to open, the filter bar, the line saying
 * which targets do not add up, and the holdings tree (marked stale while its drift is worked out
 * again); the derivatives have their own view ({@link DerivativesView}). The style classes and
 * states (pseudo-classes) of the panel are named here.
 */
public final class HoldingsView {
  /** State (pseudo-class) of a row outside its band. */
  public static final PseudoClass BREACHED = PseudoClass.getPseudoClass("breached");

  /** Style class of the pane listing a file's problems. */
  public static final String PROBLEMS = "problems-pane";

  /** Style class of a right-aligned number column. */
  public static final String NUMERIC = "numeric";

  /** State of an asset-class row. */
  public static final PseudoClass CLASS_ROW = PseudoClass.getPseudoClass("class-row");

  /** State of a field whose text cannot be used (with the reason as its tooltip). */
  public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  /** Style class of the line saying which target levels do not add up. */
  public static final String TARGET_CHECK = "target-check";

  /** State of a cash balance that is a loan (its amount also says so in words). */
  public static final PseudoClass LOAN = PseudoClass.getPseudoClass("loan");

  /** State of the tree while it shows the drift of an earlier portfolio. */
  public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

  private final BorderPane root = new BorderPane();
  private final HoldingsTree tree;

  public HoldingsView(HoldingsViewModel viewModel, DocumentViewModel document) {
    tree = new HoldingsTree(viewModel, document);
    Label check = new Label();
    check.setId("target-check");
    check.getStyleClass().add(TARGET_CHECK);
    check.textProperty().bind(viewModel.targetCheckProperty());
    check.visibleProperty().bind(viewModel.targetCheckProperty().isNotEmpty());
    check.managedProperty().bind(check.visibleProperty());
    check.setWrapText(true);

    Label staleMark = new Label("Stale: working out the drift again…");
    staleMark.setId("holdings-stale");
    staleMark.getStyleClass().add("stale-mark");
    staleMark.visibleProperty().bind(viewModel.staleProperty());
    staleMark.setMouseTransparent(true); // the tree under it stays editable
    StackPane.setAlignment(staleMark, Pos.TOP_RIGHT);
    StackPane.setMargin(staleMark, new Insets(30, 16, 0, 0)); // below the column headers

    root.setTop(new VBox(problemsPane(document), HoldingsFilterBar.of(viewModel), check));
    root.setCenter(new StackPane(tree.table(), staleMark));
  }

  public Parent root() {
    return root;
  }

  public TreeTableView<HoldingsLine> table() {
    return tree.table();
  }

  /**
   * The problems of a file that failed to open, shown above the table until the next open or until
   * closed (the button, or Esc in the list); at most a few lines high, so the table keeps its rows.
   */
  private static VBox problemsPane(DocumentViewModel document) {
    Label heading = new Label("The file could not be opened. Fix these lines and open it again:");
    Button close = new Button("Close");
    close.setId("close-problems");
    close.setOnAction(event -> document.dismissProblems());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox top = new HBox(8, heading, gap, close);
    top.setAlignment(Pos.CENTER_LEFT);
    ListView<FileProblem> list = new ListView<>(document.problems());
    list.setId("problems");
    list.setPrefHeight(120);
    list.setMaxHeight(120);
    list.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.ESCAPE) {
            document.dismissProblems();
            event.consume();
          }
        });
    VBox pane = new VBox(4, top, list);
    pane.getStyleClass().add(PROBLEMS);
    pane.setPadding(new Insets(6, 8, 6, 8));
    pane.visibleProperty().bind(Bindings.isNotEmpty(document.problems()));
    pane.managedProperty().bind(pane.visibleProperty());
    return pane;
  }
}
