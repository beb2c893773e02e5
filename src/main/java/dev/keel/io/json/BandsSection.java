package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.BandPolicy;
import dev.keel.model.DriftBand;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code bands} object: the default band, the cash band, and bands per class and instrument.
 */
final class BandsSection implements Section {
  private static final Set<String> BANDS =
      JsonFields.names("default", "cash", "classes", "instruments");
  private static final Set<String> BAND = JsonFields.names("absolute", "relative");

  @Override
  public List<String> fields() {
    return List.of("bands");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    draft.portfolio.bands(bands(in));
  }

  private static BandPolicy bands(DocumentReader in) {
    JsonFields fields = in.root().object("bands", "the bands", BANDS);
    if (fields == null) {
      return BandPolicy.DEFAULT;
    }
    DriftBand defaultBand = band(fields.object("default", "the default band", BAND));
    DriftBand cashBand = band(fields.object("cash", "the cash band", BAND));
    Map<String, DriftBand> classes =
        in.objectsByKey(fields, "classes", "the band of ", BAND, BandsSection::band);
    Map<String, DriftBand> instruments =
        in.objectsByKey(fields, "instruments", "the band of ", BAND, BandsSection::band);
    fields.rejectUnknownFields();
    return new BandPolicy(
        defaultBand == null ? DriftBand.FIVE_TWENTY_FIVE : defaultBand,
        cashBand,
        classes,
        instruments);
  }

  private static DriftBand band(JsonFields fields) {
    if (fields == null) {
      return null;
    }
    BigDecimal absolute =
        fields.has("absolute") ? fields.decimal("absolute", Range.FRACTION, null) : null;
    BigDecimal relative =
        fields.has("relative") ? fields.decimal("relative", Range.FRACTION, null) : null;
    fields.rejectUnknownFields();
    return new DriftBand(absolute, relative);
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    BandPolicy bands = portfolio.bands();
    ObjectNode node = root.putObject("bands");
    write(node.putObject("default"), bands.defaultBand());
    if (bands.cash() != null) {
      write(node.putObject("cash"), bands.cash());
    }
    ObjectNode classes = node.putObject("classes");
    bands.classes().forEach((id, band) -> write(classes.putObject(id), band));
    ObjectNode instruments = node.putObject("instruments");
    bands.instruments().forEach((symbol, band) -> write(instruments.putObject(symbol), band));
  }

  private static void write(ObjectNode node, DriftBand band) {
    if (band.absolute() != null) {
      node.put("absolute", band.absolute().toPlainString());
    }
    if (band.relative() != null) {
      node.put("relative", band.relative().toPlainString());
    }
  }
}
