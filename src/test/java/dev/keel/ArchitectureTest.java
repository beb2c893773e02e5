package dev.keel;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers and boundaries of {@code docs/architecture.md}, checked on the compiled main classes
 * (never the tests, so the probes of {@link ArchitectureProbeTest} do not fail the build).
 */
class ArchitectureTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.keel");
  }

  static Stream<Arguments> rules() {
    return KeelArchitecture.KEEL.rules().entrySet().stream()
        .map(rule -> Arguments.of(rule.getKey(), rule.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void mainClasses_keepTheRule(String name, ArchRule rule) {
    rule.check(main);
  }
}
