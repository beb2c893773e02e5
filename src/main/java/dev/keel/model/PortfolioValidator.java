package dev.keel.model;

import dev.keel.model.market.FxRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the rules that tie the parts of a portfolio together: references between parts, no
 * repeats, weights that sum to one, a rate for every currency, no short spot holdings. Each problem
 * is reported with its path in the file layout and what to do; all are reported, not just the
 * first.
 */
public final class PortfolioValidator {

  /** How far from 100% a level of target weights may sum (0.0001 = one basis point). */
  public static final BigDecimal SUM_TOLERANCE = new BigDecimal("0.0001");

  /** The shared instance; the validator holds no state. */
  public static final PortfolioValidator DEFAULT = new PortfolioValidator();

  /** Checks a portfolio and returns every problem found, in a stable order. */
  public List<ValidationProblem> validate(Portfolio portfolio) {
    return new Run(portfolio).check();
  }

  private static final class Run {
    private final Portfolio portfolio;
    private final List<ValidationProblem> problems = new ArrayList<>();
    private final Map<String, AssetClass> classes;
    private final Map<String, Instrument> instruments;
    private final Set<String> accounts;

    Run(Portfolio portfolio) {
      this.portfolio = portfolio;
      this.classes = portfolio.assetClassesById();
      this.instruments = portfolio.instrumentsBySymbol();
      this.accounts = portfolio.accountsById().keySet();
    }

    List<ValidationProblem> check() {
      checkAccounts();
      checkAssetClasses();
      checkInstruments();
      checkPositions();
      checkCash();
      checkPrices();
      checkFx();
      new MandateChecks(portfolio, instruments, problems).check();
      new DerivativeChecks(portfolio, instruments, problems).check();
      new MarginChecks(portfolio, instruments, problems).check();
      return List.copyOf(problems);
    }

    private void problem(String path, String message) {
      problems.add(new ValidationProblem(path, message));
    }

    private void unknown(String path, String message, ValidationProblem.Kind kind, String id) {
      problems.add(new ValidationProblem(path, message, new ValidationProblem.Reference(kind, id)));
    }

    private void checkAccounts() {
      Set<String> seen = new HashSet<>();
      List<Account> list = portfolio.accounts();
      for (int i = 0; i < list.size(); i++) {
        if (!seen.add(list.get(i).id())) {
          problem(
              "accounts/" + i + "/id",
              "duplicate account '" + list.get(i).id() + "': give each account its own id");
        }
      }
    }

    private void checkAssetClasses() {
      Set<String> seen = new HashSet<>();
      List<AssetClass> list = portfolio.assetClasses();
      for (int i = 0; i < list.size(); i++) {
        AssetClass assetClass = list.get(i);
        if (!seen.add(assetClass.id())) {
          problem(
              "assetClasses/" + i + "/id",
              "duplicate asset class '" + assetClass.id() + "': give each class its own id");
        }
        String parent = assetClass.parent();
        if (parent != null && !classes.containsKey(parent)) {
          unknown(
              "assetClasses/" + i + "/parent",
              "unknown parent class '" + parent + "': declare it in assetClasses or remove parent",
              ValidationProblem.Kind.ASSET_CLASS,
              parent);
        } else if (parent != null && isInCycle(assetClass.id())) {
          problem(
              "assetClasses/" + i + "/parent",
              "class '" + assetClass.id() + "' is its own ancestor: break the parent cycle");
        }
      }
    }

    /** Whether following parents from {@code classId} leads back to it. */
    private boolean isInCycle(String classId) {
      Set<String> visited = new HashSet<>();
      String current = classes.get(classId).parent();
      while (current != null && classes.containsKey(current) && visited.add(current)) {
        if (current.equals(classId)) {
          return true;
        }
        current = classes.get(current).parent();
      }
      return false;
    }

    private void checkInstruments() {
      Set<String> seen = new HashSet<>();
      List<Instrument> list = portfolio.instruments();
      for (int i = 0; i < list.size(); i++) {
        Instrument instrument = list.get(i);
        String path = "instruments/" + i;
        if (!seen.add(instrument.symbol())) {
          problem(
              path + "/symbol",
              "duplicate instrument '"
                  + instrument.symbol()
                  + "': list each instrument once (positions name it per account)");
        }
        if (!classes.containsKey(instrument.assetClass())) {
          unknown(
              path + "/assetClass",
              "unknown asset class '"
                  + instrument.assetClass()
                  + "': declare it in assetClasses or use one of "
                  + classes.keySet(),
              ValidationProblem.Kind.ASSET_CLASS,
              instrument.assetClass());
        }
        requireFx(path + "/quoteCurrency", instrument.quoteCurrency());
      }
    }

    private void requireFx(String path, String currency) {
      if (!currency.equals(portfolio.baseCurrency())
          && !portfolio.market().fxRates().containsKey(currency)) {
        unknown(
            path,
            "no FX rate for "
                + currency
                + ": add \"fx\": {\""
                + currency
                + "\": <value of one "
                + currency
                + " in "
                + portfolio.baseCurrency()
                + ">}",
            ValidationProblem.Kind.FX_RATE,
            currency);
      }
    }

    private void checkPositions() {
      Set<String> seen = new HashSet<>();
      List<Position> list = portfolio.positions();
      for (int i = 0; i < list.size(); i++) {
        Position position = list.get(i);
        String path = "positions/" + i;
        requireAccount(path + "/account", position.account(), "position");
        Instrument instrument = instruments.get(position.symbol());
        if (instrument == null) {
          unknown(
              path + "/symbol",
              "unknown instrument '" + position.symbol() + "': declare it in instruments",
              ValidationProblem.Kind.INSTRUMENT,
              position.symbol());
        } else {
          if (position.quantity().signum() < 0 && !instrument.type().canBeShort()) {
            problem(
                path + "/quantity",
                "negative quantity "
                    + position.quantity().toPlainString()
                    + " for "
                    + position.symbol()
                    + ", a "
                    + instrument.type().label()
                    + " that cannot be short: enter the quantity held (0 or more)");
          }
          if (!portfolio.market().prices().containsKey(position.symbol())) {
            unknown(
                path + "/symbol",
                "no price for '" + position.symbol() + "': add it to prices",
                ValidationProblem.Kind.PRICE,
                position.symbol());
          }
        }
        if (!seen.add(position.account() + '\u0000' + position.symbol())) {
          problem(
              path,
              "duplicate position "
                  + position.symbol()
                  + " in account "
                  + position.account()
                  + ": merge the two into one quantity");
        }
      }
    }

    private void requireAccount(String path, String account, String what) {
      if (!accounts.contains(account)) {
        unknown(
            path,
            what
                + " in unknown account '"
                + account
                + "': declare it in accounts or use one of "
                + accounts,
            ValidationProblem.Kind.ACCOUNT,
            account);
      }
    }

    private void checkCash() {
      Set<String> seen = new HashSet<>();
      List<CashBalance> list = portfolio.cash();
      for (int i = 0; i < list.size(); i++) {
        CashBalance balance = list.get(i);
        String path = "cash/" + i;
        requireAccount(path + "/account", balance.account(), "cash");
        requireFx(path + "/currency", balance.currency());
        if (!seen.add(balance.account() + '\u0000' + balance.currency())) {
          problem(
              path,
              "duplicate cash balance "
                  + balance.currency()
                  + " in account "
                  + balance.account()
                  + ": merge the two into one amount");
        }
      }
    }

    private void checkPrices() {
      for (String symbol : portfolio.market().prices().keySet()) {
        if (!instruments.containsKey(symbol)) {
          unknown(
              "prices/" + symbol,
              "price for unknown instrument '" + symbol + "': declare it in instruments",
              ValidationProblem.Kind.INSTRUMENT,
              symbol);
        }
      }
    }

    private void checkFx() {
      FxRate base = portfolio.market().fxRates().get(portfolio.baseCurrency());
      if (base != null && base.rate().compareTo(BigDecimal.ONE) != 0) {
        problem(
            "fx/" + portfolio.baseCurrency(),
            "the base currency converts to itself at 1, not "
                + base.rate().toPlainString()
                + ": remove this rate");
      }
    }
  }
}
