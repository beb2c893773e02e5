package dev.keel.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.io.text.DecimalText;
import dev.keel.model.Portfolio;
import dev.keel.model.market.Smile;
import dev.keel.model.market.Volatilities;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code volatilities} object of the market snapshot: implied volatilities (annual fractions)
 * by option symbol ({@code options}), by underlying as the default of its options ({@code
 * underlyings}), and as smiles by underlying and expiry, each a map of strike to volatility ({@code
 * smiles}).
 */
final class VolatilitiesSection implements Section {
  private static final Set<String> VOLATILITIES =
      JsonFields.names("options", "underlyings", "smiles");
  private static final Set<String> SMILE = JsonFields.names("underlying", "expiry", "strikes");

  @Override
  public List<String> fields() {
    return List.of("volatilities");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    JsonFields fields = in.root().object("volatilities", "the volatilities", VOLATILITIES);
    if (fields == null) {
      draft.volatilities = Volatilities.NONE;
      return;
    }
    Map<String, BigDecimal> options = vols(fields, "options", "the volatility of ");
    Map<String, BigDecimal> underlyings = vols(fields, "underlyings", "the volatility of ");
    List<Smile> smiles = new ArrayList<>();
    List<JsonNode> nodes = fields.array("smiles");
    for (int i = 0; i < nodes.size(); i++) {
      Smile smile = smile(in, nodes.get(i), fields.path() + "/smiles/" + i, smiles);
      if (smile != null) {
        smiles.add(smile);
      }
    }
    fields.rejectUnknownFields();
    draft.volatilities = new Volatilities(options, underlyings, smiles);
  }

  private static Map<String, BigDecimal> vols(JsonFields fields, String field, String what) {
    Map<String, BigDecimal> read = new LinkedHashMap<>();
    fields
        .entries(field)
        .forEach(
            (key, node) -> {
              BigDecimal vol =
                  fields.decimalValue(
                      node, fields.path() + "/" + field + "/" + key, what + key, Range.POSITIVE);
              if (vol.signum() > 0) {
                read.put(key, vol);
              }
            });
    return read;
  }

  private static Smile smile(DocumentReader in, JsonNode node, String path, List<Smile> before) {
    JsonFields fields = JsonFields.of(in.context(), node, path, "a smile", SMILE);
    if (fields == null) {
      return null;
    }
    String underlying = fields.requiredText("underlying");
    LocalDate expiry = fields.date("expiry");
    if (expiry == null && !fields.has("expiry")) {
      fields.requiredText("expiry");
    }
    TreeMap<BigDecimal, BigDecimal> points = new TreeMap<>();
    fields
        .entries("strikes")
        .forEach(
            (key, value) -> {
              String pointPath = path + "/strikes/" + key;
              DecimalText.Parsed strike = DecimalText.parse(key);
              if (!strike.isOk() || strike.value().signum() <= 0) {
                in.context()
                    .problemAtKey(
                        pointPath,
                        "the strike \""
                            + key
                            + "\" must be a number greater than 0, such as 95000");
                return;
              }
              BigDecimal vol =
                  fields.decimalValue(value, pointPath, "the volatility at " + key, Range.POSITIVE);
              points.put(strike.value(), vol);
            });
    if (points.isEmpty() && fields.has("strikes")) {
      fields.problem("strikes", "a smile needs at least one strike: add \"95000\": \"0.62\"");
    } else if (!fields.has("strikes")) {
      fields.requiredText("strikes");
    }
    fields.rejectUnknownFields();
    if (underlying == null || expiry == null || points.isEmpty()) {
      return null;
    }
    for (Smile earlier : before) {
      if (earlier.underlying().equals(underlying) && earlier.expiry().equals(expiry)) {
        fields.problem(
            "",
            "a second smile for "
                + underlying
                + " expiring "
                + expiry
                + ": give each underlying and expiry one smile");
        return null;
      }
    }
    return new Smile(underlying, expiry, points);
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    Volatilities vols = portfolio.market().volatilities();
    if (vols.isEmpty()) {
      return;
    }
    ObjectNode node = root.putObject("volatilities");
    if (!vols.options().isEmpty()) {
      ObjectNode options = node.putObject("options");
      vols.options().forEach((symbol, vol) -> options.put(symbol, vol.toPlainString()));
    }
    if (!vols.underlyings().isEmpty()) {
      ObjectNode underlyings = node.putObject("underlyings");
      vols.underlyings().forEach((symbol, vol) -> underlyings.put(symbol, vol.toPlainString()));
    }
    if (!vols.smiles().isEmpty()) {
      ArrayNode smiles = node.putArray("smiles");
      for (Smile smile : vols.smiles()) {
        ObjectNode strikes =
            smiles
                .addObject()
                .put("underlying", smile.underlying())
                .put("expiry", smile.expiry().toString())
                .putObject("strikes");
        smile
            .points()
            .forEach((strike, vol) -> strikes.put(strike.toPlainString(), vol.toPlainString()));
      }
    }
  }
}
