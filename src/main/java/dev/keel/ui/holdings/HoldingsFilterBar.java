package dev.keel.ui.holdings;

import dev.keel.model.ExposureBasis;
import dev.keel.ui.common.Icons;
import java.util.List;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The bar above the holdings tree: the search box, the account filter with whose weights are shown
 * (the account's or the household's), the class filter, and the book's summary, which gives way
 * (with its whole text as tooltip) so the filters keep their size. The filters are combo boxes: a
 * choice box rebuilds its whole menu for each choice added, and a book of many accounts and classes
 * took a tenth of a second of the JavaFX thread to open.
 */
final class HoldingsFilterBar {
  /** Style class of the words saying whose weights the tree shows. */
  static final String WEIGHTS_OF = "weights-of";

  private HoldingsFilterBar() {}

  static HBox of(HoldingsViewModel viewModel) {
    ComboBox<String> account = new ComboBox<>(viewModel.accounts());
    account.setId("account-filter");
    account.valueProperty().bindBidirectional(viewModel.accountProperty());
    account.setTooltip(
        new Tooltip(
            "Show the holdings of one account; in account scope, with the account's own weights"));
    Label weightsOf = new Label();
    weightsOf.setId("weights-of");
    weightsOf.getStyleClass().add(WEIGHTS_OF);
    weightsOf.textProperty().bind(viewModel.weightsOfProperty());
    ComboBox<String> assetClass = new ComboBox<>(viewModel.classes());
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
    ComboBox<ExposureBasis> basis = basisSwitch(viewModel);
    Label accountLabel = new Label("Account");
    Label classLabel = new Label("Class");
    for (Region fixed : List.of(accountLabel, weightsOf, classLabel)) {
      fixed.setMinWidth(Region.USE_PREF_SIZE);
    }
    for (Region choice : List.of(account, assetClass)) {
      choice.setMinWidth(110);
    }
    basis.setMinWidth(Region.USE_PREF_SIZE);
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
            weightsOf,
            classLabel,
            assetClass,
            basis,
            gap,
            summary);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(6, 8, 6, 8));
    bar.getStyleClass().add("filter-bar");
    return bar;
  }

  /**
   * Weights on value or on delta exposure, the mandate's {@code exposureBasis}: shown only when the
   * book holds derivatives, where the two differ. Choosing edits the book (undone with Ctrl+Z).
   */
  private static ComboBox<ExposureBasis> basisSwitch(HoldingsViewModel viewModel) {
    ComboBox<ExposureBasis> basis =
        new ComboBox<>(FXCollections.observableArrayList(ExposureBasis.values()));
    basis.setId("basis-switch");
    basis.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(ExposureBasis value) {
            return value == null
                ? ""
                : value == ExposureBasis.DELTA ? "Delta weights" : "Value weights";
          }

          @Override
          public ExposureBasis fromString(String text) {
            return null;
          }
        });
    basis.setTooltip(
        new Tooltip(
            "Weigh each line by its value, or by its delta-adjusted exposure (its spot plus the"
                + " cash delta of the contracts on it) over equity"));
    HoldingsEditsViewModel edits = viewModel.edits();
    Runnable follow =
        () -> {
          basis.setValue(edits.basis());
          var report = viewModel.reportProperty().get();
          boolean shown = report != null && !report.derivatives().isEmpty();
          basis.setVisible(shown);
          basis.setManaged(shown);
        };
    viewModel.reportProperty().addListener((Observable changed) -> follow.run());
    follow.run();
    basis.setOnAction(event -> edits.editBasis(basis.getValue()));
    return basis;
  }
}
