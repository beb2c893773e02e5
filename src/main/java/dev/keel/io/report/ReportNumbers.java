package dev.keel.io.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A figure of a margin or stress report as the exposure writes one: a plain decimal of twelve
 * significant digits, {@code null} in JSON and an empty cell in CSV where it does not apply.
 */
final class ReportNumbers {
  private ReportNumbers() {}

  static void number(JsonGenerator json, String name, Double value) throws IOException {
    String decimal = ExposureReportFormats.decimal(value);
    json.writeFieldName(name);
    if (decimal == null) {
      json.writeNull();
    } else {
      json.writeNumber(decimal);
    }
  }

  static String plain(Double value) {
    String decimal = ExposureReportFormats.decimal(value);
    return decimal == null ? "" : decimal;
  }
}
