package dev.keel.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.TestPortfolios;
import dev.keel.model.Portfolio;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sections of the portfolio file: each owns its fields, and writes only those. */
class PortfolioDocumentTest {
  private static final Portfolio DERIVATIVES = TestPortfolios.read(TestPortfolios.DERIVATIVES);

  @Test
  void sections_ownEveryTopLevelFieldOnce_inTheDocumentedOrder() {
    List<String> owned = new ArrayList<>();
    PortfolioDocument.SECTIONS.forEach(section -> owned.addAll(section.fields()));

    assertThat(owned)
        .containsExactly(
            "format",
            "version",
            "name",
            "description",
            "baseCurrency",
            "asOf",
            "accounts",
            "assetClasses",
            "instruments",
            "positions",
            "cash",
            "prices",
            "fx",
            "volatilities",
            "rates",
            "yields",
            "funding",
            "underlyings",
            "targets",
            "bands",
            "costs",
            "restrictions",
            "cashPolicy",
            "exposureBasis",
            "hedges",
            "stressGroups",
            "guard");
  }

  @Test
  void eachSection_writesItsOwnFieldsAndNoOther() {
    for (Section section : PortfolioDocument.SECTIONS) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();

      section.write(DERIVATIVES, root);

      List<String> written = new ArrayList<>();
      root.fieldNames().forEachRemaining(written::add);
      assertThat(written).as(section.getClass().getSimpleName()).isEqualTo(section.fields());
    }
  }
}
