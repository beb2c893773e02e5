package dev.keel.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which code points Keel refuses in its texts, and how a message names them. */
class UnsafeCharactersTest {
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {
        "0000", "0009", "000A", "000D", "001B", "001F", "007F", "0080", "0085", "009F", "00AD",
        "061C", "200B", "200C", "200D", "200E", "200F", "2028", "2029", "202A", "202B", "202C",
        "202D", "202E", "2060", "2066", "2067", "2068", "2069", "FEFF", "E0041", "D800", "DFFF"
      })
  void isUnsafe_controlsFormatCharactersSeparatorsAndSurrogates(String hex) {
    assertThat(UnsafeCharacters.isUnsafe(Integer.parseInt(hex, 16))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Société Générale",
        "日本",
        "BTC/USDT:USDT",
        "ES-20261218",
        "Ünïcödé ümlaut",
        "Москва",
        "שלום",
        "مرحبا",
        "a b",
        "no\u00A0break",
        "e\u0301",
        "☕",
        "👍🏽",
        "\uE000 private"
      })
  void isSafe_lettersMarksSymbolsAndSpacesOfAnyScript(String text) {
    assertThat(UnsafeCharacters.isSafe(text)).isTrue();
  }

  @Test
  void describe_namesTheCodePointInWords() {
    assertThat(UnsafeCharacters.describe(0x202E)).isEqualTo("U+202E (right-to-left override)");
    assertThat(UnsafeCharacters.describe(0)).isEqualTo("U+0000 (null)");
    assertThat(UnsafeCharacters.describe(0x0001)).isEqualTo("U+0001 (a control character)");
    assertThat(UnsafeCharacters.describe(0xE0041))
        .isEqualTo("U+E0041 (an invisible formatting character)");
  }

  @Test
  void shown_spellsOutEveryRefusedCodePoint() {
    assertThat(UnsafeCharacters.shown("BT\u202EC\u0000")).isEqualTo("BT<U+202E>C<U+0000>");
    assertThat(UnsafeCharacters.shown("plain")).isEqualTo("plain");
  }

  @Test
  void refusal_namesTheFirstRefusedCharacterAndWhatToDo() {
    assertThat(UnsafeCharacters.refusal("A\u200BB\u202E"))
        .isEqualTo(
            "holds U+200B (zero-width space), which Keel refuses as it can make one text look"
                + " like another: delete it (retype the text if it was pasted)");
    assertThat(UnsafeCharacters.refusal("fine")).isNull();
  }

  @Test
  void checksText_refusesWhatTheReadersRefuse() {
    assertThatThrownBy(() -> Checks.text("B\u202ETC", "symbol"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("symbol \"B<U+202E>TC\" holds U+202E (right-to-left override)");
    assertThatThrownBy(() -> Checks.plain("line\nbreak", "description"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Checks.plain("", "description")).isEmpty();
  }
}
