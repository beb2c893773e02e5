package dev.keel.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.analytics.stress.BookGroups;
import dev.keel.model.Portfolio;
import dev.keel.model.stress.GroupKind;
import dev.keel.model.stress.StressGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mandate's {@code stressGroups}: read, checked where they are wrong, written back the same.
 */
class StressGroupsFormatTest {
  private static final Path EXAMPLE = Path.of("src/test/resources/margin/worked-example.json");

  private static PortfolioDocument.Read withGroups(String groups) throws IOException {
    String text = Files.readString(EXAMPLE);
    String changed =
        text.replace("\"targets\":", "\"stressGroups\": " + groups + ",\n  \"targets\":");
    assertThat(changed).isNotEqualTo(text);
    return PortfolioDocument.DEFAULT.read(changed);
  }

  @Test
  void groups_areReadWithTheirRanges_andTheRestOfAKindFallsToTheGroupThatTakesIt()
      throws IOException {
    PortfolioDocument.Read read =
        withGroups(
            "[{\"name\": \"majors\", \"kind\": \"crypto\", \"underlyings\": [\"BTC\", \"ETH\"],"
                + " \"priceScanRange\": \"0.25\", \"volScanRange\": \"0.4\"},"
                + " {\"name\": \"crypto\", \"priceScanRange\": \"0.45\"}]");
    assertThat(read.problems()).isEmpty();
    Portfolio book = read.portfolio();
    StressGroup majors = book.stressGroups().get(0);
    assertThat(majors.underlyings()).containsExactly("BTC", "ETH");
    assertThat(majors.priceScanRange()).isEqualByComparingTo("0.25");
    StressGroup rest = book.stressGroups().get(1);
    assertThat(rest.kind()).isEqualTo(GroupKind.CRYPTO); // from its name
    assertThat(rest.volScanRange()).isEqualByComparingTo(GroupKind.CRYPTO.defaultVolScanRange());
    BookGroups groups = BookGroups.of(book);
    assertThat(groups.groupOf("BTC").name()).isEqualTo("majors");
    assertThat(groups.groupOf("SOL").name()).isEqualTo("crypto");
    assertThat(groups.groupOf("USDT")).isNull();

    String written = PortfolioDocument.DEFAULT.write(book);
    PortfolioDocument.Read again = PortfolioDocument.DEFAULT.read(written);
    assertThat(again.problems()).isEmpty();
    assertThat(again.portfolio()).isEqualTo(book);
    assertThat(written).contains("\"stressGroups\"");
  }

  @Test
  void withoutGroups_theDefaultsHoldAndNothingIsWritten() throws IOException {
    Portfolio book = PortfolioDocument.DEFAULT.read(Files.readString(EXAMPLE)).portfolio();
    assertThat(book.stressGroups()).isEmpty();
    assertThat(BookGroups.of(book).groups())
        .containsExactly(StressGroup.defaultOf(GroupKind.CRYPTO));
    assertThat(PortfolioDocument.DEFAULT.write(book)).doesNotContain("stressGroups");
  }

  @Test
  void wrongGroups_areEachNamedWhereTheyAre() throws IOException {
    PortfolioDocument.Read read =
        withGroups(
            "[{\"name\": \"alts\"},"
                + " {\"name\": \"a\", \"kind\": \"bonds\"},"
                + " {\"name\": \"b\", \"kind\": \"crypto\", \"priceScanRange\": \"0.5\"},"
                + " {\"name\": \"c\", \"kind\": \"crypto\", \"volScanRange\": \"1\"},"
                + " {\"name\": \"d\", \"kind\": \"crypto\", \"underlyings\": [\"BTC\", 7]},"
                + " {\"name\": \"e\", \"kind\": \"crypto\", \"underlyings\": [\"BTC\"]},"
                + " {\"name\": \"d\", \"kind\": \"index\", \"underlyings\": [\"SPX\"]},"
                + " {\"name\": \"f\", \"kind\": \"equity\"}, {\"name\": \"g\", \"kind\": \"equity\"}]");
    List<String> messages = read.problems().stream().map(Problem::message).toList();
    assertThat(messages)
        .containsExactly(
            "the stress group alts needs a \"kind\": one of crypto, equity, index",
            "\"kind\" \"bonds\" is not one of crypto, equity, index",
            "the price scan range must be below 0.5 (50 %): the SPAN-like set moves a group by"
                + " twice its range, and a price cannot fall by 100 %; found 0.5",
            "the vol scan range must be below 1: vol down by 100 % would leave no volatility",
            "an underlying must be a symbol such as BTC or SPX, found the number 7",
            "BTC is already in the stress group d: an underlying moves with one group only",
            "another stress group is named d: give each its own name",
            "another equity group already takes every equity underlying that no group names: list"
                + " this one's \"underlyings\"");
    assertThat(read.problems()).allSatisfy(p -> assertThat(p.line()).isGreaterThan(60));
  }
}
