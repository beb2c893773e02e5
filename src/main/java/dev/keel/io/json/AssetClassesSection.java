package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.AssetClass;
import dev.keel.model.Portfolio;
import dev.keel.model.ValidationProblem.Kind;
import java.util.List;
import java.util.Set;

/** The {@code assetClasses} list: the allocation tree, each class naming its parent. */
final class AssetClassesSection implements Section {
  private static final Set<String> ASSET_CLASS = JsonFields.names("id", "name", "parent");

  @Override
  public List<String> fields() {
    return List.of("assetClasses");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    draft.portfolio.assetClasses(
        in.list(
            "assetClasses",
            "an asset class",
            ASSET_CLASS,
            AssetClassesSection::assetClass,
            Kind.ASSET_CLASS,
            "id"));
  }

  private static AssetClass assetClass(JsonFields fields) {
    String id = fields.requiredText("id");
    String name = fields.text("name", id);
    String parent = fields.text("parent", null);
    return id == null ? null : new AssetClass(id, name == null ? id : name, parent);
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    ArrayNode classes = root.putArray("assetClasses");
    for (AssetClass assetClass : portfolio.assetClasses()) {
      ObjectNode node =
          classes.addObject().put("id", assetClass.id()).put("name", assetClass.name());
      if (assetClass.parent() != null) {
        node.put("parent", assetClass.parent());
      }
    }
  }
}
