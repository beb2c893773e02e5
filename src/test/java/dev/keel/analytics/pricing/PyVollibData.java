package dev.keel.analytics.pricing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of py_vollib's Black-Scholes test data (see pricing/py_vollib_test_data.md). */
final class PyVollibData {
  private static final String RESOURCE = "/pricing/py_vollib_test_data.csv";

  private PyVollibData() {}

  /** One row: inputs, then call and put price and Greeks in the data's own units. */
  record Row(
      int line,
      double spot,
      double strike,
      double rate,
      double years,
      double vol,
      double callPrice,
      double putPrice,
      double[] call,
      double[] put) {}

  static List<Row> rows() {
    try (InputStream in = PyVollibData.class.getResourceAsStream(RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Row> rows = new ArrayList<>();
      String header = reader.readLine();
      if (!header.startsWith("S,K,R,t,v,bs_call,bs_put,CD,CG,CT,CV,CR,PD,PG,PT,PV,PR")) {
        throw new IllegalStateException("unexpected header " + header);
      }
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        String[] cells = line.split(",");
        double[] v = new double[17];
        for (int i = 0; i < 17; i++) {
          v[i] = Double.parseDouble(cells[i]);
        }
        rows.add(
            new Row(
                number,
                v[0],
                v[1],
                v[2],
                v[3],
                v[4],
                v[5],
                v[6],
                new double[] {v[7], v[8], v[9], v[10], v[11]},
                new double[] {v[12], v[13], v[14], v[15], v[16]}));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
